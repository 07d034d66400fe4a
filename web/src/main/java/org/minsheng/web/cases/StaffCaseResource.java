package org.minsheng.web.cases;

import org.minsheng.identity.api.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.minsheng.cases.api.CaseDetails;
import org.minsheng.cases.api.QueueItem;
import org.minsheng.cases.api.SupervisionOverview;
import org.minsheng.cases.api.Workbench;
import org.minsheng.cases.application.DispatchService;
import org.minsheng.cases.application.ExtensionService;
import org.minsheng.cases.application.HandlingService;
import org.minsheng.cases.application.LeaderService;
import org.minsheng.cases.application.ReviewService;
import org.minsheng.cases.application.SubStatusService;
import org.minsheng.cases.application.WorkbenchService;
import org.minsheng.cases.application.FaqService;
import org.minsheng.cases.application.SupervisionService;
import org.minsheng.cases.api.SubStatusView;
import org.minsheng.shared.error.FieldError;
import org.minsheng.shared.error.ValidationFailed;

/**
 * The staff side of the case workflow. Every step that changes a case carries the case version
 * the member of staff saw (optimistic locking: a stale version gets 409).
 */
@Path("/api/staff")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class StaffCaseResource {

    /** A handler's reply; {@code publish} asks for publication on the board. */
    public record Answer(String reply, Boolean publish, Long version) {
    }

    /** 分办/改派: lead department, optionally the right category, co-handlers (协办) and copies (抄告). */
    public record Dispatch(String departmentCode, String category, List<String> coHandlers, List<String> copies,
                           Long version) {
    }

    /** A step with a text: a reason, a note, what material is needed, an opinion, an instruction. */
    public record Step(String text, Long version) {
    }

    public record Refusal(String reason, String note, Long version) {
    }

    public record Merge(String masterTrackingNumber, Long version) {
    }

    /** 核实 (VERIFIED), 整改 (RECTIFIED) or a note (NOTE), with an optional sub-status label. */
    public record Progress(String kind, String note, String subStatus, Long version) {
    }

    public record ExtensionRequest(Integer days, String reason, Long version) {
    }

    public record Decision(Boolean grant, Long version) {
    }

    public record Publication(Boolean publish) {
    }

    @EJB
    DispatchService dispatching;

    @EJB
    HandlingService handling;

    @EJB
    ExtensionService extensions;

    @EJB
    ReviewService review;

    @EJB
    LeaderService leaders;

    @EJB
    WorkbenchService workbench;

    @EJB
    SubStatusService labels;

    @EJB
    SupervisionService supervision;

    @EJB
    FaqService faq;

    @GET
    @Path("dispatch-queue")
    @RolesAllowed(Roles.DISPATCHER)
    public List<QueueItem> dispatchQueue() {
        return dispatching.dispatchQueue();
    }

    @POST
    @Path("cases/{id}/accept")
    @RolesAllowed(Roles.DISPATCHER)
    @Consumes(MediaType.APPLICATION_JSON)
    public CaseDetails accept(@PathParam("id") String id, Step step) {
        return dispatching.accept(id, version(step == null ? null : step.version()));
    }

    @POST
    @Path("cases/{id}/refuse")
    @RolesAllowed(Roles.DISPATCHER)
    @Consumes(MediaType.APPLICATION_JSON)
    public CaseDetails refuse(@PathParam("id") String id, Refusal refusal) {
        Refusal r = refusal == null ? new Refusal(null, null, null) : refusal;
        return dispatching.refuse(id, r.reason(), r.note(), version(r.version()));
    }

    @POST
    @Path("cases/{id}/dispatch")
    @RolesAllowed(Roles.DISPATCHER)
    @Consumes(MediaType.APPLICATION_JSON)
    public CaseDetails dispatch(@PathParam("id") String id, Dispatch dispatch) {
        Dispatch d = dispatch == null ? new Dispatch(null, null, null, null, null) : dispatch;
        return dispatching.dispatch(id, d.departmentCode(), d.category(), d.coHandlers(), d.copies(), version(d.version()));
    }

    @POST
    @Path("cases/{id}/merge")
    @RolesAllowed(Roles.DISPATCHER)
    @Consumes(MediaType.APPLICATION_JSON)
    public CaseDetails merge(@PathParam("id") String id, Merge merge) {
        Merge m = merge == null ? new Merge(null, null) : merge;
        return dispatching.merge(id, m.masterTrackingNumber(), version(m.version()));
    }

    @POST
    @Path("cases/{id}/instruction")
    @RolesAllowed(Roles.LEADER)
    @Consumes(MediaType.APPLICATION_JSON)
    public CaseDetails instruct(@PathParam("id") String id, Step step) {
        return leaders.instruct(id, step == null ? null : step.text());
    }

    @GET
    @Path("workbench")
    @RolesAllowed({Roles.HANDLER, Roles.DEPT_ADMIN, Roles.DISCIPLINE})
    public Workbench workbench(@QueryParam("queue") String queue) {
        return workbench.workbench(queue);
    }

    @GET
    @Path("queue")
    @RolesAllowed({Roles.HANDLER, Roles.DISCIPLINE})
    public List<QueueItem> queue() {
        return workbench.myQueue();
    }

    @GET
    @Path("cases/{id}")
    @RolesAllowed({Roles.HANDLER, Roles.DEPT_ADMIN, Roles.DISPATCHER, Roles.REVIEWER, Roles.LEADER, Roles.DISCIPLINE, Roles.ADMIN})
    public CaseDetails get(@PathParam("id") String id) {
        return workbench.forStaff(id);
    }

    @POST
    @Path("cases/{id}/sign")
    @RolesAllowed({Roles.HANDLER, Roles.DISCIPLINE})
    @Consumes(MediaType.APPLICATION_JSON)
    public CaseDetails sign(@PathParam("id") String id, Step step) {
        return handling.sign(id, version(step == null ? null : step.version()));
    }

    @POST
    @Path("cases/{id}/return")
    @RolesAllowed(Roles.HANDLER)
    @Consumes(MediaType.APPLICATION_JSON)
    public CaseDetails returnCase(@PathParam("id") String id, Step step) {
        Step s = orEmpty(step);
        return handling.returnCase(id, s.text(), version(s.version()));
    }

    @POST
    @Path("cases/{id}/progress")
    @RolesAllowed({Roles.HANDLER, Roles.DISCIPLINE})
    @Consumes(MediaType.APPLICATION_JSON)
    public CaseDetails progress(@PathParam("id") String id, Progress progress) {
        Progress p = progress == null ? new Progress(null, null, null, null) : progress;
        return handling.record(id, p.kind(), p.note(), p.subStatus(), version(p.version()));
    }

    @POST
    @Path("cases/{id}/supplement-request")
    @RolesAllowed({Roles.HANDLER, Roles.DISCIPLINE})
    @Consumes(MediaType.APPLICATION_JSON)
    public CaseDetails requestSupplement(@PathParam("id") String id, Step step) {
        Step s = orEmpty(step);
        return handling.requestSupplement(id, s.text(), version(s.version()));
    }

    @POST
    @Path("cases/{id}/extension")
    @RolesAllowed({Roles.HANDLER, Roles.DISCIPLINE})
    @Consumes(MediaType.APPLICATION_JSON)
    public CaseDetails requestExtension(@PathParam("id") String id, ExtensionRequest request) {
        ExtensionRequest r = request == null ? new ExtensionRequest(null, null, null) : request;
        return handling.requestExtension(id, r.days(), r.reason(), version(r.version()));
    }

    @GET
    @Path("extensions")
    @RolesAllowed({Roles.DEPT_ADMIN, Roles.ADMIN})
    public List<QueueItem> extensions() {
        return extensions.extensionRequests();
    }

    @POST
    @Path("cases/{id}/extension-decision")
    @RolesAllowed({Roles.DEPT_ADMIN, Roles.ADMIN})
    @Consumes(MediaType.APPLICATION_JSON)
    public CaseDetails decideExtension(@PathParam("id") String id, Decision decision) {
        Decision d = decision == null ? new Decision(null, null) : decision;
        return extensions.decideExtension(id, required(d.grant(), "grant"), version(d.version()));
    }

    @POST
    @Path("cases/{id}/opinion")
    @RolesAllowed(Roles.HANDLER)
    @Consumes(MediaType.APPLICATION_JSON)
    public CaseDetails opinion(@PathParam("id") String id, Step step) {
        return handling.giveOpinion(id, orEmpty(step).text());
    }

    @POST
    @Path("cases/{id}/answer")
    @RolesAllowed({Roles.HANDLER, Roles.DISCIPLINE})
    @Consumes(MediaType.APPLICATION_JSON)
    public CaseDetails answer(@PathParam("id") String id, Answer answer) {
        Answer a = answer == null ? new Answer(null, null, null) : answer;
        return handling.answer(id, a.reply(), Boolean.TRUE.equals(a.publish()), version(a.version()));
    }

    @GET
    @Path("review-queue")
    @RolesAllowed({Roles.REVIEWER, Roles.DEPT_ADMIN, Roles.ADMIN})
    public List<QueueItem> reviewQueue() {
        return review.reviewQueue();
    }

    @POST
    @Path("cases/{id}/approve")
    @RolesAllowed({Roles.REVIEWER, Roles.DEPT_ADMIN, Roles.ADMIN})
    @Consumes(MediaType.APPLICATION_JSON)
    public CaseDetails approve(@PathParam("id") String id, Step step) {
        return review.approve(id, version(step == null ? null : step.version()));
    }

    @POST
    @Path("cases/{id}/send-back")
    @RolesAllowed({Roles.REVIEWER, Roles.DEPT_ADMIN, Roles.ADMIN})
    @Consumes(MediaType.APPLICATION_JSON)
    public CaseDetails sendBack(@PathParam("id") String id, Step step) {
        Step s = orEmpty(step);
        return review.sendBack(id, s.text(), version(s.version()));
    }

    @GET
    @Path("held")
    @RolesAllowed({Roles.REVIEWER, Roles.ADMIN})
    public List<QueueItem> held() {
        return review.heldForReview();
    }

    @POST
    @Path("cases/{id}/publication")
    @RolesAllowed({Roles.REVIEWER, Roles.ADMIN})
    @Consumes(MediaType.APPLICATION_JSON)
    public CaseDetails publication(@PathParam("id") String id, Publication publication) {
        return review.decidePublication(id, required(publication == null ? null : publication.publish(), "publish"));
    }

    /** An FAQ entry from an answered consultation: {@code {question, answer}}, both optional. */
    public record FaqEntry(String question, String answer) {
    }

    @POST
    @Path("cases/{id}/faq")
    @RolesAllowed({Roles.REVIEWER, Roles.DEPT_ADMIN, Roles.ADMIN})
    @Consumes(MediaType.APPLICATION_JSON)
    public Response faq(@PathParam("id") String id, FaqEntry entry) {
        FaqEntry e = entry == null ? new FaqEntry(null, null) : entry;
        return Response.status(201).entity(faq.publish(id, e.question(), e.answer())).build();
    }

    @GET
    @Path("sub-statuses")
    @RolesAllowed({Roles.HANDLER, Roles.DEPT_ADMIN, Roles.DISPATCHER, Roles.REVIEWER, Roles.LEADER, Roles.DISCIPLINE, Roles.ADMIN})
    public List<SubStatusView> subStatuses() {
        return labels.subStatuses();
    }

    @GET
    @Path("supervision")
    @RolesAllowed({Roles.LEADER, Roles.DEPT_ADMIN, Roles.DISPATCHER, Roles.ADMIN})
    public SupervisionOverview supervision() {
        return supervision.overview();
    }

    private static Step orEmpty(Step step) {
        return step == null ? new Step(null, null) : step;
    }

    static long version(Long version) {
        if (version == null) {
            throw new ValidationFailed(List.of(new FieldError("version", "缺少版本号", "version is required")));
        }
        return version;
    }

    private static boolean required(Boolean value, String field) {
        if (value == null) {
            throw new ValidationFailed(List.of(new FieldError(field, "请选择是或否", field + " is required")));
        }
        return value;
    }
}
