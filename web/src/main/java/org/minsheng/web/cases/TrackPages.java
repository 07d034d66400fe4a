package org.minsheng.web.cases;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.minsheng.cases.api.CaseDetails;
import org.minsheng.cases.application.CaseService;
import org.minsheng.cases.application.ResidentCaseService;
import org.minsheng.intake.api.Attachments;
import org.minsheng.shared.error.BusinessException;
import org.minsheng.shared.error.FieldError;
import org.minsheng.shared.error.NotFound;
import org.minsheng.shared.error.ValidationFailed;
import org.minsheng.site.api.DepartmentView;
import org.minsheng.site.application.SiteService;
import org.minsheng.web.platform.BusinessExceptionMapper;
import org.minsheng.web.platform.Uploads;
import org.minsheng.web.platform.pages.FormState;
import org.minsheng.web.platform.pages.PageRenderer;
import org.minsheng.web.platform.pages.ViewerFactory;

/**
 * Following a case with its tracking number and query code, and what the resident does with it:
 * supply requested material and files, rate the answer, ask a follow-up question. The code travels in form
 * posts only, never in addresses: after a look-up or a step the case is remembered in the session
 * and shown by a redirect to {@code /track/case} (post/redirect/get). Every step posts the number
 * and code again, so the session alone never authorises a change.
 */
@Path("/track")
@RequestScoped
@Produces(MediaType.TEXT_HTML)
public class TrackPages {

    static final String TRACKED = "minsheng.tracked";
    static final String FLASH = "minsheng.tracked.done";

    @Inject
    PageRenderer pages;

    @Inject
    ViewerFactory viewers;

    @EJB
    CaseService cases;

    @EJB
    ResidentCaseService residents;

    @EJB
    SiteService site;

    @EJB
    Attachments attachments;

    @Context
    HttpServletRequest request;

    /** The number and code of the case the resident looked up in this session. */
    record Tracked(String number, String code) implements java.io.Serializable {
    }

    @GET
    public Response form() {
        return lookupPage(200, false, "");
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response lookup(MultivaluedMap<String, String> form) {
        Tracked tracked = tracked(form);
        if (cases.lookup(tracked.number(), tracked.code()).isEmpty()) {
            return lookupPage(404, true, tracked.number());
        }
        return remember(tracked, null);
    }

    @GET
    @Path("case")
    public Response show() {
        HttpSession session = request.getSession(false);
        Tracked tracked = session == null ? null : (Tracked) session.getAttribute(TRACKED);
        Optional<CaseDetails> found = tracked == null ? Optional.empty() : cases.lookup(tracked.number(), tracked.code());
        if (found.isEmpty()) {
            return Response.seeOther(URI.create("/track")).build();
        }
        String done = (String) session.getAttribute(FLASH);
        session.removeAttribute(FLASH);
        return casePage(200, found.get(), tracked, FormState.NONE, done);
    }

    @POST
    @Path("rating")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response rate(MultivaluedMap<String, String> form) {
        Tracked tracked = tracked(form);
        Integer score = score(form.getFirst("score"));
        return step(tracked, "rating", form, () -> residents.rate(tracked.number(), tracked.code(), score,
                form.getFirst("comment")), c -> c.redoCount() > 0 && !"ANSWERED".equals(c.status())
                && !"CLOSED".equals(c.status()) ? "reopened" : "rated");
    }

    @POST
    @Path("supplement")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response supplement(MultivaluedMap<String, String> form) {
        Tracked tracked = tracked(form);
        return step(tracked, "supplement", form,
                () -> residents.supplement(tracked.number(), tracked.code(), form.getFirst("text")), c -> "supplemented");
    }

    @POST
    @Path("follow-up")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response followUp(MultivaluedMap<String, String> form) {
        Tracked tracked = tracked(form);
        return step(tracked, "followUp", form,
                () -> residents.followUp(tracked.number(), tracked.code(), form.getFirst("text")), c -> "followedUp");
    }

    /**
     * A resident attaches an image or PDF (补充材料) to their case from the track page. The form is
     * multipart; errors (wrong type, too large, too many files) come back on the case page.
     */
    @POST
    @Path("attachments")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response attach(List<EntityPart> parts) throws IOException {
        Tracked tracked = new Tracked(trim(Uploads.text(parts, "trackingNumber")),
                trim(Uploads.text(parts, Uploads.QUERY_CODE_FIELD)));
        MultivaluedMap<String, String> typed = new jakarta.ws.rs.core.MultivaluedHashMap<>();
        try {
            Uploads.UploadedFile file = Uploads.file(parts, attachments.maxFileBytes());
            attachments.attachByResident(tracked.number(), tracked.code(), file.fileName(), file.declaredType(),
                    file.content());
            return remember(tracked, "attached");
        } catch (NotFound e) {
            return lookupPage(404, true, tracked.number());
        } catch (ValidationFailed e) {
            return again(tracked, FormState.failed("attach", e.errors(), typed), 422);
        } catch (BusinessException e) {
            return again(tracked, FormState.failed("attach",
                    List.of(new FieldError(Uploads.FILE_FIELD, e.titleZh(), e.titleEn())), typed), BusinessExceptionMapper.statusOf(e));
        }
    }

    /** Downloads one of the case's files; the code comes in the form, never in the address. */
    @POST
    @Path("attachments/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.WILDCARD)
    public Response download(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        Tracked tracked = tracked(form);
        try {
            return Uploads.download(attachments.downloadForResident(tracked.number(), tracked.code(), id));
        } catch (NotFound e) {
            return lookupPage(404, true, tracked.number());
        }
    }

    private Response step(Tracked tracked, String formName, MultivaluedMap<String, String> form,
                          java.util.function.Supplier<Optional<CaseDetails>> action,
                          Function<CaseDetails, String> doneMessage) {
        try {
            Optional<CaseDetails> after = action.get();
            if (after.isEmpty()) {
                return lookupPage(404, true, tracked.number());
            }
            return remember(tracked, doneMessage.apply(after.get()));
        } catch (ValidationFailed e) {
            return again(tracked, FormState.failed(formName, e.errors(), form), 422);
        } catch (BusinessException e) {
            // The case moved on meanwhile (for example it was already rated): show it as it is now.
            return again(tracked, FormState.failed(formName,
                    List.of(new FieldError("", e.titleZh(), e.titleEn())), form), 409);
        }
    }

    private Response again(Tracked tracked, FormState state, int status) {
        return cases.lookup(tracked.number(), tracked.code())
                .map(c -> casePage(status, c, tracked, state, null))
                .orElseGet(() -> lookupPage(404, true, tracked.number()));
    }

    private Response remember(Tracked tracked, String done) {
        HttpSession session = request.getSession(true);
        session.setAttribute(TRACKED, tracked);
        if (done == null) {
            session.removeAttribute(FLASH);
        } else {
            session.setAttribute(FLASH, done);
        }
        return Response.seeOther(URI.create("/track/case")).build();
    }

    private Response lookupPage(int status, boolean notFound, String number) {
        return pages.page(status, "cases/track", viewers.current(), Map.of("notFound", notFound, "number", number));
    }

    private Response casePage(int status, CaseDetails c, Tracked tracked, FormState form, String done) {
        Map<String, Object> model = new HashMap<>();
        model.put("c", c);
        model.put("tracked", tracked);
        model.put("form", form);
        model.put("done", done);
        model.put("departments", site.departments().stream()
                .collect(Collectors.toMap(DepartmentView::code, Function.identity())));
        model.put("scores", List.of(5, 4, 3, 2, 1));
        model.put("attachments", attachments.listForResident(tracked.number(), tracked.code()));
        return pages.page(status, "cases/case", viewers.current(), model);
    }

    private static Tracked tracked(MultivaluedMap<String, String> form) {
        return new Tracked(trim(form.getFirst("trackingNumber")), trim(form.getFirst("queryCode")));
    }

    private static String trim(String text) {
        return text == null ? "" : text.strip();
    }

    private static Integer score(String text) {
        try {
            return text == null ? null : Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
