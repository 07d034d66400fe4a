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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
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
import org.minsheng.web.platform.OpenApiConventions;

/**
 * The staff side of the case workflow. Every step that changes a case carries the case version
 * the member of staff saw (optimistic locking: a stale version gets 409).
 */
@Path("/api/staff")
@Tag(name = OpenApiConventions.CASES)
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class StaffCaseResource {

    /** A handler's reply; {@code publish} asks for publication on the board. */
    @Schema(name = "CaseAnswer", description = "A handler's reply to the resident",
            requiredProperties = {"reply", "version"},
            properties = {
                    @SchemaProperty(name = "reply", minLength = 1, maxLength = 4000,
                            description = "The reply, at most 4,000 characters"),
                    @SchemaProperty(name = "publish", defaultValue = "false",
                            description = "Ask for publication on the board (only if the resident allowed it)"),
                    @SchemaProperty(name = "version", description = "The case version the reply was written on; a"
                            + " stale one gets 409")})
    public record Answer(String reply, Boolean publish, Long version) {
    }

    /** 分办/改派: lead department, optionally the right category, co-handlers (协办) and copies (抄告). */
    @Schema(name = "Dispatch", description = "分办/改派: the lead department with optional co-handlers and copies",
            requiredProperties = {"departmentCode", "version"},
            properties = {
                    @SchemaProperty(name = "departmentCode", description = "The lead department (see GET"
                            + " /api/departments)", example = "cgj"),
                    @SchemaProperty(name = "category", description = "The right category, when the classifier's is"
                            + " wrong; it becomes a training example"),
                    @SchemaProperty(name = "coHandlers", description = "Co-handling departments (协办), not the lead"
                            + " one"),
                    @SchemaProperty(name = "copies", description = "Departments that get a copy (抄告)"),
                    @SchemaProperty(name = "version", description = "The case version the dispatcher saw; a stale one"
                            + " gets 409")})
    public record Dispatch(String departmentCode, String category, List<String> coHandlers, List<String> copies,
                           Long version) {
    }

    /** A step with a text: a reason, a note, what material is needed, an opinion, an instruction. */
    @Schema(name = "Step", description = "A step with a text (a reason, a note, the material needed, an opinion,"
            + " an instruction) and the case version; which of them a step requires is stated at the operation",
            properties = {
                    @SchemaProperty(name = "text", maxLength = 2000, description = "The step's text"),
                    @SchemaProperty(name = "version", description = "The case version the member of staff saw; a"
                            + " stale one gets 409")})
    public record Step(String text, Long version) {
    }

    @Schema(name = "Refusal", description = "不予受理: why the case is not accepted, which the resident sees",
            requiredProperties = {"reason", "version"},
            properties = {
                    @SchemaProperty(name = "reason", enumeration = {"OUT_OF_SCOPE", "DUPLICATE", "ABUSIVE", "UNCLEAR",
                            "LEGAL_PROCEEDINGS", "OTHER"}, description = "The reason"),
                    @SchemaProperty(name = "note", maxLength = 500,
                            description = "An explanation, at most 500 characters; required when reason is OTHER"),
                    @SchemaProperty(name = "version", description = "The case version the dispatcher saw; a stale one"
                            + " gets 409")})
    public record Refusal(String reason, String note, Long version) {
    }

    @Schema(name = "CaseMerge", description = "并单: the case follows a master case and gets its answer",
            requiredProperties = {"masterTrackingNumber", "version"},
            properties = {
                    @SchemaProperty(name = "masterTrackingNumber", pattern = "^MS\\d{8}-\\d{5,}$",
                            description = "The master case's tracking number", example = "MS20261104-00017"),
                    @SchemaProperty(name = "version", description = "The case version the dispatcher saw; a stale one"
                            + " gets 409")})
    public record Merge(String masterTrackingNumber, Long version) {
    }

    /** 核实 (VERIFIED), 整改 (RECTIFIED) or a note (NOTE), with an optional sub-status label. */
    @Schema(name = "Progress", description = "A handling step: 核实 (VERIFIED), 整改 (RECTIFIED) or a note (NOTE)",
            requiredProperties = {"kind", "note", "version"},
            properties = {
                    @SchemaProperty(name = "kind", enumeration = {"VERIFIED", "RECTIFIED", "NOTE"},
                            description = "The kind of step"),
                    @SchemaProperty(name = "note", minLength = 1, maxLength = 2000,
                            description = "What was done, at most 2,000 characters"),
                    @SchemaProperty(name = "subStatus", description = "Optionally a progress label's code (see GET"
                            + " /api/staff/sub-statuses)"),
                    @SchemaProperty(name = "version", description = "The case version the handler saw; a stale one"
                            + " gets 409")})
    public record Progress(String kind, String note, String subStatus, Long version) {
    }

    @Schema(name = "ExtensionRequest", description = "申请延期: more working days for the case",
            requiredProperties = {"days", "reason", "version"},
            properties = {
                    @SchemaProperty(name = "days", minimum = "1", maximum = "30", description = "Working days more"),
                    @SchemaProperty(name = "reason", minLength = 1, maxLength = 500,
                            description = "Why, at most 500 characters"),
                    @SchemaProperty(name = "version", description = "The case version the handler saw; a stale one"
                            + " gets 409")})
    public record ExtensionRequest(Integer days, String reason, Long version) {
    }

    @Schema(name = "ExtensionDecision", description = "The decision on an extension request",
            requiredProperties = {"grant", "version"},
            properties = {
                    @SchemaProperty(name = "grant", description = "true grants the days asked for, false refuses them"),
                    @SchemaProperty(name = "version", description = "The case version the department head saw; a"
                            + " stale one gets 409")})
    public record Decision(Boolean grant, Long version) {
    }

    @Schema(name = "Publication", description = "Whether an answer held back for sensitive words is published",
            requiredProperties = "publish",
            properties = @SchemaProperty(name = "publish", description = "true publishes it on the board"))
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
    @Operation(summary = "Cases waiting for the dispatchers",
            description = "Registered, accepted and returned cases, urgent first.")
    @APIResponse(responseCode = "200", description = "The queue")
    @SecurityRequirement(name = OpenApiConventions.SESSION, scopes = Roles.DISPATCHER)
    @Path("dispatch-queue")
    @RolesAllowed(Roles.DISPATCHER)
    public List<QueueItem> dispatchQueue() {
        return dispatching.dispatchQueue();
    }

    @POST
    @Operation(summary = "Accept a case (受理)")
    @RequestBody(required = true,
            content = @Content(schema = @Schema(allOf = Step.class, requiredProperties = "version")))
    @APIResponse(responseCode = "200", description = "The case after the step")
    @APIResponse(responseCode = "404", ref = OpenApiConventions.NOT_FOUND, description = "No such case")
    @APIResponse(responseCode = "409", ref = OpenApiConventions.CONFLICT)
    @APIResponse(responseCode = "422", ref = OpenApiConventions.VALIDATION_FAILED)
    @SecurityRequirement(name = OpenApiConventions.SESSION, scopes = Roles.DISPATCHER)
    @Path("cases/{id}/accept")
    @RolesAllowed(Roles.DISPATCHER)
    @Consumes(MediaType.APPLICATION_JSON)
    public CaseDetails accept(@PathParam("id") String id, Step step) {
        return dispatching.accept(id, version(step == null ? null : step.version()));
    }

    @POST
    @Operation(summary = "Refuse a case (不予受理)",
            description = "The resident is told the reason and the note.")
    @APIResponse(responseCode = "200", description = "The case after the step")
    @APIResponse(responseCode = "404", ref = OpenApiConventions.NOT_FOUND, description = "No such case")
    @APIResponse(responseCode = "409", ref = OpenApiConventions.CONFLICT)
    @APIResponse(responseCode = "422", ref = OpenApiConventions.VALIDATION_FAILED)
    @SecurityRequirement(name = OpenApiConventions.SESSION, scopes = Roles.DISPATCHER)
    @Path("cases/{id}/refuse")
    @RolesAllowed(Roles.DISPATCHER)
    @Consumes(MediaType.APPLICATION_JSON)
    public CaseDetails refuse(@PathParam("id") String id, Refusal refusal) {
        Refusal r = refusal == null ? new Refusal(null, null, null) : refusal;
        return dispatching.refuse(id, r.reason(), r.note(), version(r.version()));
    }

    @POST
    @Operation(summary = "Dispatch or re-dispatch a case (分办/改派)")
    @APIResponse(responseCode = "200", description = "The case after the step")
    @APIResponse(responseCode = "404", ref = OpenApiConventions.NOT_FOUND, description = "No such case")
    @APIResponse(responseCode = "409", ref = OpenApiConventions.CONFLICT)
    @APIResponse(responseCode = "422", ref = OpenApiConventions.VALIDATION_FAILED)
    @SecurityRequirement(name = OpenApiConventions.SESSION, scopes = Roles.DISPATCHER)
    @Path("cases/{id}/dispatch")
    @RolesAllowed(Roles.DISPATCHER)
    @Consumes(MediaType.APPLICATION_JSON)
    public CaseDetails dispatch(@PathParam("id") String id, Dispatch dispatch) {
        Dispatch d = dispatch == null ? new Dispatch(null, null, null, null, null) : dispatch;
        return dispatching.dispatch(id, d.departmentCode(), d.category(), d.coHandlers(), d.copies(), version(d.version()));
    }

    @POST
    @Operation(summary = "Merge a case into a master case (并单)")
    @APIResponse(responseCode = "200", description = "The case after the step")
    @APIResponse(responseCode = "404", ref = OpenApiConventions.NOT_FOUND, description = "No such case or master case")
    @APIResponse(responseCode = "409", ref = OpenApiConventions.CONFLICT)
    @APIResponse(responseCode = "422", ref = OpenApiConventions.VALIDATION_FAILED)
    @SecurityRequirement(name = OpenApiConventions.SESSION, scopes = Roles.DISPATCHER)
    @Path("cases/{id}/merge")
    @RolesAllowed(Roles.DISPATCHER)
    @Consumes(MediaType.APPLICATION_JSON)
    public CaseDetails merge(@PathParam("id") String id, Merge merge) {
        Merge m = merge == null ? new Merge(null, null) : merge;
        return dispatching.merge(id, m.masterTrackingNumber(), version(m.version()));
    }

    @POST
    @Operation(summary = "Give a leader's instruction on a case (领导批示)")
    @RequestBody(required = true, content = @Content(schema = @Schema(allOf = Step.class, requiredProperties = "text",
            properties = @SchemaProperty(name = "text", minLength = 1, maxLength = 1000,
                    description = "The instruction, at most 1,000 characters"))))
    @APIResponse(responseCode = "200", description = "The case after the step")
    @APIResponse(responseCode = "404", ref = OpenApiConventions.NOT_FOUND, description = "No such case")
    @APIResponse(responseCode = "409", ref = OpenApiConventions.CONFLICT)
    @APIResponse(responseCode = "422", ref = OpenApiConventions.VALIDATION_FAILED)
    @SecurityRequirement(name = OpenApiConventions.SESSION, scopes = Roles.LEADER)
    @Path("cases/{id}/instruction")
    @RolesAllowed(Roles.LEADER)
    @Consumes(MediaType.APPLICATION_JSON)
    public CaseDetails instruct(@PathParam("id") String id, Step step) {
        return leaders.instruct(id, step == null ? null : step.text());
    }

    @GET
    @Operation(summary = "The handler's workbench",
            description = "The count of every queue and the chosen queue's cases.")
    @Parameter(name = "queue", description = "The queue to list; another value lists TO_SIGN",
            schema = @Schema(type = SchemaType.STRING, enumeration = {"TO_SIGN", "HANDLING", "DUE_SOON", "OVERDUE",
                    "SENT_BACK", "IN_REVIEW", "CO_HANDLING"}, defaultValue = "TO_SIGN"))
    @APIResponse(responseCode = "200", description = "The workbench")
    @SecurityRequirement(name = OpenApiConventions.SESSION,
            scopes = {Roles.HANDLER, Roles.DEPT_ADMIN, Roles.DISCIPLINE})
    @Path("workbench")
    @RolesAllowed({Roles.HANDLER, Roles.DEPT_ADMIN, Roles.DISCIPLINE})
    public Workbench workbench(@QueryParam("queue") String queue) {
        return workbench.workbench(queue);
    }

    @GET
    @Operation(summary = "The department's open cases")
    @APIResponse(responseCode = "200", description = "The queue")
    @SecurityRequirement(name = OpenApiConventions.SESSION, scopes = {Roles.HANDLER, Roles.DISCIPLINE})
    @Path("queue")
    @RolesAllowed({Roles.HANDLER, Roles.DISCIPLINE})
    public List<QueueItem> queue() {
        return workbench.myQueue();
    }

    @GET
    @Operation(summary = "A case as staff see it",
            description = "With its timeline, co-handling opinions, due date and warning; report-mailbox cases only for"
                    + " the discipline role, each view audited.")
    @APIResponse(responseCode = "200", description = "The case")
    @APIResponse(responseCode = "404", ref = OpenApiConventions.NOT_FOUND, description = "No such case")
    @SecurityRequirement(name = OpenApiConventions.SESSION,
            scopes = {Roles.HANDLER, Roles.DEPT_ADMIN, Roles.DISPATCHER, Roles.REVIEWER,
                    Roles.LEADER, Roles.DISCIPLINE, Roles.ADMIN})
    @Path("cases/{id}")
    @RolesAllowed({Roles.HANDLER, Roles.DEPT_ADMIN, Roles.DISPATCHER, Roles.REVIEWER, Roles.LEADER, Roles.DISCIPLINE, Roles.ADMIN})
    public CaseDetails get(@PathParam("id") String id) {
        return workbench.forStaff(id);
    }

    @POST
    @Operation(summary = "Take up a dispatched case (签收)")
    @RequestBody(required = true,
            content = @Content(schema = @Schema(allOf = Step.class, requiredProperties = "version")))
    @APIResponse(responseCode = "200", description = "The case after the step")
    @APIResponse(responseCode = "404", ref = OpenApiConventions.NOT_FOUND, description = "No such case")
    @APIResponse(responseCode = "409", ref = OpenApiConventions.CONFLICT)
    @APIResponse(responseCode = "422", ref = OpenApiConventions.VALIDATION_FAILED)
    @SecurityRequirement(name = OpenApiConventions.SESSION, scopes = {Roles.HANDLER, Roles.DISCIPLINE})
    @Path("cases/{id}/sign")
    @RolesAllowed({Roles.HANDLER, Roles.DISCIPLINE})
    @Consumes(MediaType.APPLICATION_JSON)
    public CaseDetails sign(@PathParam("id") String id, Step step) {
        return handling.sign(id, version(step == null ? null : step.version()));
    }

    @POST
    @Operation(summary = "Return a case to the dispatchers (退单)",
            description = "The case is not this department's; text says why.")
    @RequestBody(required = true,
            content = @Content(schema = @Schema(allOf = Step.class, requiredProperties = {"text", "version"},
            properties = @SchemaProperty(name = "text", minLength = 1, maxLength = 500,
                    description = "Why the case is returned, at most 500 characters"))))
    @APIResponse(responseCode = "200", description = "The case after the step")
    @APIResponse(responseCode = "404", ref = OpenApiConventions.NOT_FOUND, description = "No such case")
    @APIResponse(responseCode = "409", ref = OpenApiConventions.CONFLICT)
    @APIResponse(responseCode = "422", ref = OpenApiConventions.VALIDATION_FAILED)
    @SecurityRequirement(name = OpenApiConventions.SESSION, scopes = Roles.HANDLER)
    @Path("cases/{id}/return")
    @RolesAllowed(Roles.HANDLER)
    @Consumes(MediaType.APPLICATION_JSON)
    public CaseDetails returnCase(@PathParam("id") String id, Step step) {
        Step s = orEmpty(step);
        return handling.returnCase(id, s.text(), version(s.version()));
    }

    @POST
    @Operation(summary = "Record a handling step (核实/整改/记录)",
            description = "Optionally with a progress label.")
    @APIResponse(responseCode = "200", description = "The case after the step")
    @APIResponse(responseCode = "404", ref = OpenApiConventions.NOT_FOUND, description = "No such case")
    @APIResponse(responseCode = "409", ref = OpenApiConventions.CONFLICT)
    @APIResponse(responseCode = "422", ref = OpenApiConventions.VALIDATION_FAILED)
    @SecurityRequirement(name = OpenApiConventions.SESSION, scopes = {Roles.HANDLER, Roles.DISCIPLINE})
    @Path("cases/{id}/progress")
    @RolesAllowed({Roles.HANDLER, Roles.DISCIPLINE})
    @Consumes(MediaType.APPLICATION_JSON)
    public CaseDetails progress(@PathParam("id") String id, Progress progress) {
        Progress p = progress == null ? new Progress(null, null, null, null) : progress;
        return handling.record(id, p.kind(), p.note(), p.subStatus(), version(p.version()));
    }

    @POST
    @Operation(summary = "Ask the resident for material (补充材料)",
            description = "The time limit stops until the material arrives.")
    @RequestBody(required = true,
            content = @Content(schema = @Schema(allOf = Step.class, requiredProperties = {"text", "version"},
            properties = @SchemaProperty(name = "text", minLength = 1, maxLength = 500,
                    description = "The material needed, at most 500 characters"))))
    @APIResponse(responseCode = "200", description = "The case after the step")
    @APIResponse(responseCode = "404", ref = OpenApiConventions.NOT_FOUND, description = "No such case")
    @APIResponse(responseCode = "409", ref = OpenApiConventions.CONFLICT)
    @APIResponse(responseCode = "422", ref = OpenApiConventions.VALIDATION_FAILED)
    @SecurityRequirement(name = OpenApiConventions.SESSION, scopes = {Roles.HANDLER, Roles.DISCIPLINE})
    @Path("cases/{id}/supplement-request")
    @RolesAllowed({Roles.HANDLER, Roles.DISCIPLINE})
    @Consumes(MediaType.APPLICATION_JSON)
    public CaseDetails requestSupplement(@PathParam("id") String id, Step step) {
        Step s = orEmpty(step);
        return handling.requestSupplement(id, s.text(), version(s.version()));
    }

    @POST
    @Operation(summary = "Ask the department head for more time (申请延期)")
    @APIResponse(responseCode = "200", description = "The case after the step")
    @APIResponse(responseCode = "404", ref = OpenApiConventions.NOT_FOUND, description = "No such case")
    @APIResponse(responseCode = "409", ref = OpenApiConventions.CONFLICT)
    @APIResponse(responseCode = "422", ref = OpenApiConventions.VALIDATION_FAILED)
    @SecurityRequirement(name = OpenApiConventions.SESSION, scopes = {Roles.HANDLER, Roles.DISCIPLINE})
    @Path("cases/{id}/extension")
    @RolesAllowed({Roles.HANDLER, Roles.DISCIPLINE})
    @Consumes(MediaType.APPLICATION_JSON)
    public CaseDetails requestExtension(@PathParam("id") String id, ExtensionRequest request) {
        ExtensionRequest r = request == null ? new ExtensionRequest(null, null, null) : request;
        return handling.requestExtension(id, r.days(), r.reason(), version(r.version()));
    }

    @GET
    @Operation(summary = "Pending extension requests",
            description = "A department head sees their department's, an administrator all.")
    @APIResponse(responseCode = "200", description = "The requests")
    @SecurityRequirement(name = OpenApiConventions.SESSION, scopes = {Roles.DEPT_ADMIN, Roles.ADMIN})
    @Path("extensions")
    @RolesAllowed({Roles.DEPT_ADMIN, Roles.ADMIN})
    public List<QueueItem> extensions() {
        return extensions.extensionRequests();
    }

    @POST
    @Operation(summary = "Grant or refuse an extension request",
            description = "A department head decides their own department's requests.")
    @APIResponse(responseCode = "200", description = "The case after the step")
    @APIResponse(responseCode = "404", ref = OpenApiConventions.NOT_FOUND, description = "No such case")
    @APIResponse(responseCode = "409", ref = OpenApiConventions.CONFLICT)
    @APIResponse(responseCode = "422", ref = OpenApiConventions.VALIDATION_FAILED)
    @SecurityRequirement(name = OpenApiConventions.SESSION, scopes = {Roles.DEPT_ADMIN, Roles.ADMIN})
    @Path("cases/{id}/extension-decision")
    @RolesAllowed({Roles.DEPT_ADMIN, Roles.ADMIN})
    @Consumes(MediaType.APPLICATION_JSON)
    public CaseDetails decideExtension(@PathParam("id") String id, Decision decision) {
        Decision d = decision == null ? new Decision(null, null) : decision;
        return extensions.decideExtension(id, required(d.grant(), "grant"), version(d.version()));
    }

    @POST
    @Operation(summary = "Give a co-handling department's opinion (协办意见)")
    @RequestBody(required = true, content = @Content(schema = @Schema(allOf = Step.class, requiredProperties = "text",
            properties = @SchemaProperty(name = "text", minLength = 1, maxLength = 2000,
                    description = "The opinion, at most 2,000 characters"))))
    @APIResponse(responseCode = "200", description = "The case after the step")
    @APIResponse(responseCode = "404", ref = OpenApiConventions.NOT_FOUND, description = "No such case")
    @APIResponse(responseCode = "409", ref = OpenApiConventions.CONFLICT)
    @APIResponse(responseCode = "422", ref = OpenApiConventions.VALIDATION_FAILED)
    @SecurityRequirement(name = OpenApiConventions.SESSION, scopes = Roles.HANDLER)
    @Path("cases/{id}/opinion")
    @RolesAllowed(Roles.HANDLER)
    @Consumes(MediaType.APPLICATION_JSON)
    public CaseDetails opinion(@PathParam("id") String id, Step step) {
        return handling.giveOpinion(id, orEmpty(step).text());
    }

    @POST
    @Operation(summary = "Reply to the resident",
            description = "The reply goes to review (IN_REVIEW); report-mailbox replies, and all replies where review"
                    + " is switched off, are final at once.")
    @APIResponse(responseCode = "200", description = "The case after the step")
    @APIResponse(responseCode = "404", ref = OpenApiConventions.NOT_FOUND, description = "No such case")
    @APIResponse(responseCode = "409", ref = OpenApiConventions.CONFLICT)
    @APIResponse(responseCode = "422", ref = OpenApiConventions.VALIDATION_FAILED)
    @SecurityRequirement(name = OpenApiConventions.SESSION, scopes = {Roles.HANDLER, Roles.DISCIPLINE})
    @Path("cases/{id}/answer")
    @RolesAllowed({Roles.HANDLER, Roles.DISCIPLINE})
    @Consumes(MediaType.APPLICATION_JSON)
    public CaseDetails answer(@PathParam("id") String id, Answer answer) {
        Answer a = answer == null ? new Answer(null, null, null) : answer;
        return handling.answer(id, a.reply(), Boolean.TRUE.equals(a.publish()), version(a.version()));
    }

    @GET
    @Operation(summary = "Replies waiting for review")
    @APIResponse(responseCode = "200", description = "The queue")
    @SecurityRequirement(name = OpenApiConventions.SESSION, scopes = {Roles.REVIEWER, Roles.DEPT_ADMIN, Roles.ADMIN})
    @Path("review-queue")
    @RolesAllowed({Roles.REVIEWER, Roles.DEPT_ADMIN, Roles.ADMIN})
    public List<QueueItem> reviewQueue() {
        return review.reviewQueue();
    }

    @POST
    @Operation(summary = "Approve a reply (审核通过)",
            description = "The reply becomes the answer for the case and every case merged into it.")
    @RequestBody(required = true,
            content = @Content(schema = @Schema(allOf = Step.class, requiredProperties = "version")))
    @APIResponse(responseCode = "200", description = "The case after the step")
    @APIResponse(responseCode = "404", ref = OpenApiConventions.NOT_FOUND, description = "No such case")
    @APIResponse(responseCode = "409", ref = OpenApiConventions.CONFLICT)
    @APIResponse(responseCode = "422", ref = OpenApiConventions.VALIDATION_FAILED)
    @SecurityRequirement(name = OpenApiConventions.SESSION, scopes = {Roles.REVIEWER, Roles.DEPT_ADMIN, Roles.ADMIN})
    @Path("cases/{id}/approve")
    @RolesAllowed({Roles.REVIEWER, Roles.DEPT_ADMIN, Roles.ADMIN})
    @Consumes(MediaType.APPLICATION_JSON)
    public CaseDetails approve(@PathParam("id") String id, Step step) {
        return review.approve(id, version(step == null ? null : step.version()));
    }

    @POST
    @Operation(summary = "Send a reply back for changes (退回修改)")
    @RequestBody(required = true,
            content = @Content(schema = @Schema(allOf = Step.class, requiredProperties = {"text", "version"},
            properties = @SchemaProperty(name = "text", minLength = 1, maxLength = 500,
                    description = "What to change, at most 500 characters"))))
    @APIResponse(responseCode = "200", description = "The case after the step")
    @APIResponse(responseCode = "404", ref = OpenApiConventions.NOT_FOUND, description = "No such case")
    @APIResponse(responseCode = "409", ref = OpenApiConventions.CONFLICT)
    @APIResponse(responseCode = "422", ref = OpenApiConventions.VALIDATION_FAILED)
    @SecurityRequirement(name = OpenApiConventions.SESSION, scopes = {Roles.REVIEWER, Roles.DEPT_ADMIN, Roles.ADMIN})
    @Path("cases/{id}/send-back")
    @RolesAllowed({Roles.REVIEWER, Roles.DEPT_ADMIN, Roles.ADMIN})
    @Consumes(MediaType.APPLICATION_JSON)
    public CaseDetails sendBack(@PathParam("id") String id, Step step) {
        Step s = orEmpty(step);
        return review.sendBack(id, s.text(), version(s.version()));
    }

    @GET
    @Operation(summary = "Answers held back from the board for sensitive words")
    @APIResponse(responseCode = "200", description = "The held answers")
    @SecurityRequirement(name = OpenApiConventions.SESSION, scopes = {Roles.REVIEWER, Roles.ADMIN})
    @Path("held")
    @RolesAllowed({Roles.REVIEWER, Roles.ADMIN})
    public List<QueueItem> held() {
        return review.heldForReview();
    }

    @POST
    @Operation(summary = "Publish a held answer or keep it private")
    @APIResponse(responseCode = "200", description = "The case after the step")
    @APIResponse(responseCode = "404", ref = OpenApiConventions.NOT_FOUND, description = "No such case")
    @APIResponse(responseCode = "409", ref = OpenApiConventions.CONFLICT)
    @APIResponse(responseCode = "422", ref = OpenApiConventions.VALIDATION_FAILED)
    @SecurityRequirement(name = OpenApiConventions.SESSION, scopes = {Roles.REVIEWER, Roles.ADMIN})
    @Path("cases/{id}/publication")
    @RolesAllowed({Roles.REVIEWER, Roles.ADMIN})
    @Consumes(MediaType.APPLICATION_JSON)
    public CaseDetails publication(@PathParam("id") String id, Publication publication) {
        return review.decidePublication(id, required(publication == null ? null : publication.publish(), "publish"));
    }

    /** An FAQ entry from an answered consultation: {@code {question, answer}}, both optional. */
    @Schema(name = "FaqEntry", description = "An FAQ entry from an answered consultation; each part defaults to the"
            + " case's own (title, answer)",
            properties = {
                    @SchemaProperty(name = "question", maxLength = 200, description = "The question, at most 200"
                            + " characters; defaults to the case's title"),
                    @SchemaProperty(name = "answer", maxLength = 4000, description = "The answer, at most 4,000"
                            + " characters; defaults to the case's answer")})
    public record FaqEntry(String question, String answer) {
    }

    @POST
    @Operation(summary = "Turn an answered consultation into an FAQ entry",
            description = "Personal data in the question and the answer is masked.")
    @RequestBody(required = false, content = @Content(schema = @Schema(implementation = FaqEntry.class)))
    @APIResponse(responseCode = "201", description = "The new entry",
            content = @Content(schema = @Schema(implementation = org.minsheng.cases.api.FaqView.class)))
    @APIResponse(responseCode = "404", ref = OpenApiConventions.NOT_FOUND, description = "No such case")
    @APIResponse(responseCode = "409", ref = OpenApiConventions.CONFLICT,
            description = "The case is already an FAQ entry")
    @APIResponse(responseCode = "422", ref = OpenApiConventions.VALIDATION_FAILED,
            description = "Not an answered consultation, or a part too long")
    @SecurityRequirement(name = OpenApiConventions.SESSION, scopes = {Roles.REVIEWER, Roles.DEPT_ADMIN, Roles.ADMIN})
    @Path("cases/{id}/faq")
    @RolesAllowed({Roles.REVIEWER, Roles.DEPT_ADMIN, Roles.ADMIN})
    @Consumes(MediaType.APPLICATION_JSON)
    public Response faq(@PathParam("id") String id, FaqEntry entry) {
        FaqEntry e = entry == null ? new FaqEntry(null, null) : entry;
        return Response.status(201).entity(faq.publish(id, e.question(), e.answer())).build();
    }

    @GET
    @Operation(summary = "The progress labels handlers can set")
    @APIResponse(responseCode = "200", description = "The labels")
    @SecurityRequirement(name = OpenApiConventions.SESSION,
            scopes = {Roles.HANDLER, Roles.DEPT_ADMIN, Roles.DISPATCHER, Roles.REVIEWER,
                    Roles.LEADER, Roles.DISCIPLINE, Roles.ADMIN})
    @Path("sub-statuses")
    @RolesAllowed({Roles.HANDLER, Roles.DEPT_ADMIN, Roles.DISPATCHER, Roles.REVIEWER, Roles.LEADER, Roles.DISCIPLINE, Roles.ADMIN})
    public List<SubStatusView> subStatuses() {
        return labels.subStatuses();
    }

    @GET
    @Operation(summary = "Supervision overview",
            description = "Open cases per department by warning level, and the cases at risk.")
    @APIResponse(responseCode = "200", description = "The overview")
    @SecurityRequirement(name = OpenApiConventions.SESSION,
            scopes = {Roles.LEADER, Roles.DEPT_ADMIN, Roles.DISPATCHER, Roles.ADMIN})
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
