package org.minsheng.web.interview;

import org.minsheng.identity.api.Roles;
import org.minsheng.shared.time.CityTime;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.EntityPart;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.minsheng.interview.api.GuestView;
import org.minsheng.interview.api.ImageUpload;
import org.minsheng.interview.api.InterviewView;
import org.minsheng.interview.api.QuestionView;
import org.minsheng.interview.application.InterviewAnnouncements;
import org.minsheng.interview.application.InterviewHosting;
import org.minsheng.interview.application.InterviewQueries;
import org.minsheng.interview.application.QuestionModeration;
import org.minsheng.shared.error.BusinessException;
import org.minsheng.shared.error.FieldError;
import org.minsheng.shared.error.TooLarge;
import org.minsheng.shared.error.ValidationFailed;
import org.minsheng.site.api.SiteDirectory;
import org.minsheng.web.platform.Uploads;
import org.minsheng.web.platform.pages.PageRenderer;
import org.minsheng.web.platform.pages.ViewerFactory;
import org.minsheng.web.platform.security.CsrfToken;

/**
 * The staff pages of an interview: the host/guest console (post, answer, start, finish) and the
 * moderator console (approve, reject with a reason, merge, correct typos). Plain forms with the
 * CSRF token; a small script reloads the page when the staff channel reports a change.
 */
@Path("/staff/interviews")
@RequestScoped
@Produces(MediaType.TEXT_HTML)
public class StaffInterviewPages {

    /** A post's text is at most 2000 characters; three bytes each in UTF-8, with room to spare. */
    private static final int POST_FIELD_BYTES = 8192;
    /** The introduction may have 2000 characters. */
    private static final int FORM_FIELD_BYTES = 8192;
    static final int GUEST_ROWS = 3;

    @Inject
    PageRenderer pages;

    @Inject
    ViewerFactory viewers;

    @EJB
    InterviewAnnouncements announcements;

    @EJB
    InterviewHosting hosting;

    @EJB
    QuestionModeration moderation;

    @EJB
    InterviewQueries interviews;

    @EJB
    SiteDirectory site;

    @Context
    HttpServletRequest request;

    @GET
    @RolesAllowed({Roles.HOST, Roles.GUEST, Roles.MODERATOR, Roles.ADMIN})
    public Response list() {
        return pages.page(200, "interview/staff-list", viewers.current(), Map.of("interviews", interviews.list(),
                "admin", request.isUserInRole(Roles.ADMIN)));
    }

    /** The announcement form (预告): topic, department, time, introduction and up to {@value #GUEST_ROWS} guests. */
    @GET
    @Path("new")
    @RolesAllowed(Roles.ADMIN)
    public Response announcement() {
        return announcementPage(200, new Announcement("", "", "", "", List.of()), List.of(), null);
    }

    @POST
    @Path("new")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response announce(List<EntityPart> parts) throws IOException {
        List<GuestRow> guests = new ArrayList<>();
        List<ImageUpload> photos = new ArrayList<>();
        for (int g = 1; g <= GUEST_ROWS; g++) {
            String prefix = "guest-" + g + "-";
            GuestRow row = new GuestRow(field(parts, prefix + "name"), field(parts, prefix + "title"),
                    field(parts, prefix + "titleEn"), field(parts, prefix + "username"));
            boolean photo = Uploads.hasFile(parts, prefix + "photo");
            if (row.isBlank() && !photo) {
                continue;
            }
            guests.add(row);
            photos.add(photo ? photo(parts, prefix + "photo") : null);
        }
        Announcement form = new Announcement(field(parts, "title"), field(parts, "introduction"),
                field(parts, "departmentCode"), field(parts, "scheduledAt"), guests);
        if (!CsrfToken.matches(request, Uploads.text(parts, CsrfToken.FIELD))) {
            return announcementPage(403, form, List.of(), "页面已过期，请重新提交 / The page expired; submit again");
        }
        Instant when = parseLocalTime(form.scheduledAt());
        if (when == null && !form.scheduledAt().isBlank()) {
            return announcementPage(422, form, List.of(new FieldError("scheduledAt", "访谈时间格式不正确",
                    "The time is not valid")), null);
        }
        try {
            String id = announcements.announce(new InterviewAnnouncements.NewInterview(form.title(), form.introduction(),
                    blankToNull(form.departmentCode()), when,
                    guests.stream().map(r -> new GuestView(r.name(), r.title(), r.titleEn(), null)).toList(),
                    guests.stream().map(GuestRow::username).toList()), photos);
            return Response.seeOther(URI.create("/interviews/" + id)).build();
        } catch (ValidationFailed e) {
            return announcementPage(422, form, e.errors(), null);
        } catch (BusinessException e) {
            return announcementPage(e instanceof TooLarge ? 413 : 422, form, List.of(),
                    e.titleZh() + " / " + e.titleEn());
        }
    }

    /** What the announcement form was filled in with, shown again with the errors. */
    public record Announcement(String title, String introduction, String departmentCode, String scheduledAt,
                               List<GuestRow> guests) {

        /** Row {@code n} (1-based) of the guests, blank when not filled in. */
        public GuestRow guest(int n) {
            return n <= guests.size() ? guests.get(n - 1) : new GuestRow("", "", "", "");
        }
    }

    public record GuestRow(String name, String title, String titleEn, String username) {

        boolean isBlank() {
            return name.isBlank() && title.isBlank() && titleEn.isBlank() && username.isBlank();
        }
    }

    private Response announcementPage(int status, Announcement form, List<FieldError> errors, String message) {
        Map<String, Object> model = new HashMap<>();
        model.put("form", form);
        model.put("departments", site.departments());
        model.put("guestRows", java.util.stream.IntStream.rangeClosed(1, GUEST_ROWS).boxed().toList());
        model.put("errors", errors);
        model.put("fieldErrors", errors.stream().collect(Collectors.toMap(FieldError::field, f -> f, (a, b) -> a)));
        model.put("message", message);
        return pages.page(status, "interview/staff-announcement", viewers.current(), model);
    }

    private static String field(List<EntityPart> parts, String name) throws IOException {
        String value = Uploads.text(parts, name, FORM_FIELD_BYTES);
        return value == null ? "" : value;
    }

    private ImageUpload photo(List<EntityPart> parts, String name) throws IOException {
        Uploads.UploadedFile file = Uploads.file(parts, name, hosting.maxImageBytes());
        return new ImageUpload(file.fileName(), file.declaredType(), file.content());
    }

    /** A {@code datetime-local} value, read as the city's local time. */
    private static Instant parseLocalTime(String value) {
        try {
            return LocalDateTime.parse(value).atZone(CityTime.ZONE).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    @GET
    @Path("{id}/console")
    @RolesAllowed({Roles.HOST, Roles.GUEST, Roles.ADMIN})
    public Response console(@PathParam("id") String id, @QueryParam("error") String error) {
        InterviewView interview = interviews.interview(id);
        Map<String, Object> model = new HashMap<>();
        model.put("i", interview);
        model.put("posts", interviews.history(id, Math.max(0, interview.lastSequence() - 300), 300));
        model.put("toAnswer", interviews.questions(id, List.of("APPROVED")));
        model.put("error", error);
        model.put("guest", request.isUserInRole(Roles.GUEST));
        model.put("host", request.isUserInRole(Roles.HOST) || request.isUserInRole(Roles.ADMIN));
        return pages.page(200, "interview/staff-console", viewers.current(), model);
    }

    @GET
    @Path("{id}/moderate")
    @RolesAllowed({Roles.MODERATOR, Roles.HOST, Roles.ADMIN})
    public Response moderate(@PathParam("id") String id, @QueryParam("error") String error) {
        InterviewView interview = interviews.interview(id);
        List<QuestionView> all = interviews.questions(id, List.of());
        Map<String, Object> model = new HashMap<>();
        model.put("i", interview);
        model.put("pending", all.stream().filter(q -> q.status().equals("PENDING")).toList());
        model.put("approved", all.stream().filter(q -> q.status().equals("APPROVED")).toList());
        model.put("done", all.stream().filter(q -> !q.status().equals("PENDING") && !q.status().equals("APPROVED"))
                .toList());
        model.put("error", error);
        return pages.page(200, "interview/staff-moderate", viewers.current(), model);
    }

    @POST
    @Path("{id}/post")
    @RolesAllowed({Roles.HOST, Roles.GUEST, Roles.ADMIN})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response post(@PathParam("id") String id, @FormParam("text") String text,
                         @FormParam("imageUrl") String imageUrl, @FormParam("imageAlt") String imageAlt,
                         @FormParam(CsrfToken.FIELD) String csrf) {
        return act(csrf, console(id), () -> hosting.post(id, text, imageUrl, imageAlt));
    }

    /** The console's post form with an optional image file (a plain multipart form, no script needed). */
    @POST
    @Path("{id}/post")
    @RolesAllowed({Roles.HOST, Roles.GUEST, Roles.ADMIN})
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response postWithImage(@PathParam("id") String id, List<EntityPart> parts) throws IOException {
        String csrf = Uploads.text(parts, CsrfToken.FIELD);
        String text = Uploads.text(parts, "text", POST_FIELD_BYTES);
        String imageAlt = Uploads.text(parts, "imageAlt", POST_FIELD_BYTES);
        if (!Uploads.hasFile(parts)) {
            return act(csrf, console(id), () -> hosting.post(id, text, null, imageAlt));
        }
        Uploads.UploadedFile image = Uploads.file(parts, hosting.maxImageBytes());
        return act(csrf, console(id), () -> hosting.postWithImage(id, text, image.fileName(), image.declaredType(),
                image.content(), imageAlt));
    }

    @POST
    @Path("{id}/start")
    @RolesAllowed({Roles.HOST, Roles.ADMIN})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response start(@PathParam("id") String id, @FormParam(CsrfToken.FIELD) String csrf) {
        return act(csrf, console(id), () -> hosting.start(id));
    }

    @POST
    @Path("{id}/finish")
    @RolesAllowed({Roles.HOST, Roles.ADMIN})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response finish(@PathParam("id") String id, @FormParam("summary") String summary,
                           @FormParam(CsrfToken.FIELD) String csrf) {
        return act(csrf, console(id), () -> hosting.finish(id, summary));
    }

    @POST
    @Path("{id}/questions/{qid}/answer")
    @RolesAllowed({Roles.GUEST, Roles.ADMIN})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response answer(@PathParam("id") String id, @PathParam("qid") String qid, @FormParam("text") String text,
                           @FormParam(CsrfToken.FIELD) String csrf) {
        return act(csrf, console(id), () -> moderation.answer(qid, text));
    }

    @POST
    @Path("{id}/questions/{qid}/approve")
    @RolesAllowed({Roles.MODERATOR, Roles.HOST, Roles.ADMIN})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response approve(@PathParam("id") String id, @PathParam("qid") String qid,
                            @FormParam(CsrfToken.FIELD) String csrf) {
        return act(csrf, moderationPage(id), () -> moderation.approve(qid));
    }

    @POST
    @Path("{id}/questions/{qid}/reject")
    @RolesAllowed({Roles.MODERATOR, Roles.HOST, Roles.ADMIN})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reject(@PathParam("id") String id, @PathParam("qid") String qid,
                           @FormParam("reason") String reason, @FormParam(CsrfToken.FIELD) String csrf) {
        return act(csrf, moderationPage(id), () -> moderation.reject(qid, reason));
    }

    @POST
    @Path("{id}/questions/{qid}/merge")
    @RolesAllowed({Roles.MODERATOR, Roles.HOST, Roles.ADMIN})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response merge(@PathParam("id") String id, @PathParam("qid") String qid, @FormParam("into") String into,
                          @FormParam(CsrfToken.FIELD) String csrf) {
        return act(csrf, moderationPage(id), () -> moderation.merge(qid, into));
    }

    @POST
    @Path("{id}/questions/{qid}/edit")
    @RolesAllowed({Roles.MODERATOR, Roles.HOST, Roles.ADMIN})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response edit(@PathParam("id") String id, @PathParam("qid") String qid, @FormParam("text") String text,
                         @FormParam("version") long version, @FormParam(CsrfToken.FIELD) String csrf) {
        return act(csrf, moderationPage(id), () -> moderation.edit(qid, text, version));
    }

    private static String console(String id) {
        return "/staff/interviews/" + id + "/console";
    }

    private static String moderationPage(String id) {
        return "/staff/interviews/" + id + "/moderate";
    }

    /** Runs the action and goes back to the page, with the error (escaped when shown) if it failed. */
    private Response act(String csrf, String back, Supplier<?> action) {
        if (!CsrfToken.matches(request, csrf)) {
            return backWith(back, "页面已过期，请重新提交 / The page expired; submit again");
        }
        try {
            action.get();
            return Response.seeOther(URI.create(back)).build();
        } catch (ValidationFailed e) {
            return backWith(back, e.errors().stream().map(f -> f.messageZh() + " / " + f.messageEn())
                    .reduce((a, b) -> a + "；" + b).orElse(e.titleZh()));
        } catch (BusinessException e) {
            return backWith(back, e.titleZh() + " / " + e.titleEn());
        }
    }

    private static Response backWith(String back, String error) {
        return Response.seeOther(URI.create(back + "?error=" + URLEncoder.encode(error, StandardCharsets.UTF_8))).build();
    }
}
