package org.minsheng.web.interview;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.minsheng.identity.api.Roles;
import org.minsheng.interview.api.GuestView;
import org.minsheng.interview.api.ImageUpload;
import org.minsheng.interview.application.InterviewAnnouncements;
import org.minsheng.interview.application.InterviewHosting;
import org.minsheng.interview.application.InterviewQueries;
import org.minsheng.shared.error.BusinessException;
import org.minsheng.shared.error.FieldError;
import org.minsheng.shared.error.TooLarge;
import org.minsheng.shared.error.ValidationFailed;
import org.minsheng.shared.time.CityTime;
import org.minsheng.site.api.SiteDirectory;
import org.minsheng.web.platform.Uploads;
import org.minsheng.web.platform.pages.PageRenderer;
import org.minsheng.web.platform.pages.ViewerFactory;
import org.minsheng.web.platform.security.CsrfToken;

/**
 * The staff's list of interviews and the announcement form (预告), with the guests' photos. An
 * interview's consoles are {@link InterviewConsolePages} (host and guests) and
 * {@link QuestionModerationPages} (moderators), at the same path.
 */
@Path("/staff/interviews")
@RequestScoped
@Produces(MediaType.TEXT_HTML)
public class StaffInterviewPages {

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
            return announcementPage(403, form, List.of(), StaffForms.EXPIRED);
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
}
