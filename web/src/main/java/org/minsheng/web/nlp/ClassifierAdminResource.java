package org.minsheng.web.nlp;

import org.minsheng.identity.api.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.minsheng.nlp.api.ModelAdministration;

/** Retraining the classifier: the model in use, a training job with progress, switching models. */
@Path("/api/admin/classifier")
@RequestScoped
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class ClassifierAdminResource {

    public record Overview(ModelAdministration.ModelInUse current, long trainingExamples,
                           ModelAdministration.Training training) {
    }

    @EJB
    ModelAdministration models;

    @GET
    public Overview overview() {
        return new Overview(models.current(), models.trainingExamples(), models.training());
    }

    @POST
    @Path("training")
    public Response train() {
        return Response.accepted(models.startTraining()).build();
    }

    /** {@code {"version": "model-20261201-013000"}} or {@code {"version": "default"}}. */
    public record Activation(String version) {
    }

    @POST
    @Path("activation")
    @jakarta.ws.rs.Consumes(MediaType.APPLICATION_JSON)
    public ModelAdministration.ModelInUse activate(Activation activation) {
        return models.activate(activation == null ? null : activation.version());
    }
}
