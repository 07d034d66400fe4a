package org.minsheng.web.cases;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.minsheng.cases.api.CaseDetails;
import org.minsheng.cases.api.QueueItem;
import org.minsheng.cases.application.CaseService;
import org.minsheng.shared.error.ValidationFailed;
import org.minsheng.shared.error.FieldError;

/** The handler's workbench API. */
@Path("/api/staff")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class StaffCaseResource {

    /** {@code version} is the case version the handler saw, for optimistic locking. */
    public record Answer(String reply, Boolean publish, Long version) {
    }

    /** A dispatcher's decision: department, optionally the right category, and the version seen. */
    public record Dispatch(String departmentCode, String category, Long version) {
    }

    /** A reviewer's decision on a held answer. */
    public record Publication(Boolean publish) {
    }

    @EJB
    CaseService cases;

    @GET
    @Path("held")
    @RolesAllowed({"reviewer", "admin"})
    public List<QueueItem> held() {
        return cases.heldForReview();
    }

    @POST
    @Path("cases/{id}/publication")
    @RolesAllowed({"reviewer", "admin"})
    @Consumes(MediaType.APPLICATION_JSON)
    public CaseDetails publication(@PathParam("id") String id, Publication publication) {
        if (publication == null || publication.publish() == null) {
            throw new ValidationFailed(List.of(new FieldError("publish", "请选择是否发布", "publish is required")));
        }
        return cases.decidePublication(id, publication.publish());
    }

    @GET
    @Path("dispatch-queue")
    @RolesAllowed("dispatcher")
    public List<QueueItem> dispatchQueue() {
        return cases.dispatchQueue();
    }

    @POST
    @Path("cases/{id}/dispatch")
    @RolesAllowed("dispatcher")
    @Consumes(MediaType.APPLICATION_JSON)
    public CaseDetails dispatch(@PathParam("id") String id, Dispatch dispatch) {
        if (dispatch == null || dispatch.version() == null) {
            throw new ValidationFailed(List.of(new FieldError("version", "缺少版本号", "version is required")));
        }
        return cases.dispatch(id, dispatch.departmentCode(), dispatch.category(), dispatch.version());
    }

    @GET
    @Path("queue")
    @RolesAllowed("handler")
    public List<QueueItem> queue() {
        return cases.myQueue();
    }

    @GET
    @Path("cases/{id}")
    @RolesAllowed({"handler", "dispatcher", "reviewer", "admin"})
    public CaseDetails get(@PathParam("id") String id) {
        return cases.forStaff(id);
    }

    @POST
    @Path("cases/{id}/answer")
    @RolesAllowed("handler")
    @Consumes(MediaType.APPLICATION_JSON)
    public CaseDetails answer(@PathParam("id") String id, Answer answer) {
        if (answer == null || answer.version() == null) {
            throw new ValidationFailed(List.of(new FieldError("version", "缺少版本号", "version is required")));
        }
        return cases.answer(id, answer.reply(), Boolean.TRUE.equals(answer.publish()), answer.version());
    }
}
