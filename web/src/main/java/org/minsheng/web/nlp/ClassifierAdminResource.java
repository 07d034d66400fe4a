package org.minsheng.web.nlp;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.minsheng.identity.api.Roles;
import org.minsheng.nlp.api.ModelAdministration;
import org.minsheng.web.platform.OpenApiConventions;

/** Retraining the classifier: the model in use, a training job with progress, switching models. */
@Path("/api/admin/classifier")
@RequestScoped
@RolesAllowed(Roles.ADMIN)
@Tag(name = OpenApiConventions.NLP)
@SecurityRequirement(name = OpenApiConventions.SESSION, scopes = Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class ClassifierAdminResource {

    @Schema(name = "ClassifierOverview", description = "The model in use, the correction examples collected and the"
            + " training job")
    public record Overview(ModelAdministration.ModelInUse current, long trainingExamples,
                           ModelAdministration.Training training) {
    }

    @EJB
    ModelAdministration models;

    @GET
    @Operation(summary = "The classifier: model in use, examples and training job")
    @APIResponse(responseCode = "200", description = "The overview")
    public Overview overview() {
        return new Overview(models.current(), models.trainingExamples(), models.training());
    }

    @POST
    @Operation(summary = "Start a training job", description = "Trains and scores a candidate model in the background;"
            + " GET shows its progress.")
    @APIResponse(responseCode = "202", description = "Started",
            content = @Content(schema = @Schema(implementation = ModelAdministration.Training.class)))
    @APIResponse(responseCode = "409", ref = OpenApiConventions.CONFLICT, description = "A training job is running")
    @Path("training")
    public Response train() {
        return Response.accepted(models.startTraining()).build();
    }

    /** {@code {"version": "model-20261201-013000"}} or {@code {"version": "default"}}. */
    @Schema(name = "Activation", description = "The model version to use",
            requiredProperties = "version",
            properties = @SchemaProperty(name = "version", description = "A trained version, or default for the"
                    + " model shipped with the application", example = "model-20261201-013000"))
    public record Activation(String version) {
    }

    @POST
    @Operation(summary = "Switch the model in use")
    @APIResponse(responseCode = "200", description = "The model now in use")
    @APIResponse(responseCode = "404", ref = OpenApiConventions.NOT_FOUND, description = "No model of that version")
    @Path("activation")
    @jakarta.ws.rs.Consumes(MediaType.APPLICATION_JSON)
    public ModelAdministration.ModelInUse activate(Activation activation) {
        return models.activate(activation == null ? null : activation.version());
    }
}
