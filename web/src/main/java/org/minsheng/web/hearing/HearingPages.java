package org.minsheng.web.hearing;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.minsheng.hearing.api.HearingView;
import org.minsheng.hearing.api.NewComment;
import org.minsheng.hearing.application.HearingParticipation;
import org.minsheng.shared.error.BusinessException;
import org.minsheng.shared.error.FieldError;
import org.minsheng.shared.error.ValidationFailed;
import org.minsheng.site.api.DepartmentView;
import org.minsheng.site.api.SiteDirectory;
import org.minsheng.web.platform.pages.PageRenderer;
import org.minsheng.web.platform.pages.ViewerFactory;

/** Public hearing pages: the list, and a draft with its sections, versions, comments, feedback and comment form. */
@Path("/hearings")
@RequestScoped
@Produces(MediaType.TEXT_HTML)
public class HearingPages {

    @Inject
    PageRenderer pages;

    @Inject
    ViewerFactory viewers;

    @EJB
    HearingParticipation participation;

    @EJB
    SiteDirectory site;

    @GET
    public Response list() {
        Map<String, Object> model = new HashMap<>();
        model.put("hearings", participation.list());
        model.put("departments", departments());
        return pages.page(200, "hearing/list", viewers.current(), model);
    }

    @GET
    @Path("{id}")
    public Response hearing(@PathParam("id") String id, @QueryParam("section") Integer section,
                            @QueryParam("sent") String sent) {
        return page(200, participation.hearing(id), "1".equals(sent), List.of(), null,
                new NewComment(section == null ? 0 : section, "", "", ""));
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response comment(@PathParam("id") String id, @FormParam("section") String section,
                            @FormParam("name") String name, @FormParam("mobile") String mobile,
                            @FormParam("text") String text) {
        NewComment comment = new NewComment(number(section), name, mobile, text);
        try {
            participation.comment(id, comment);
            return Response.seeOther(URI.create("/hearings/" + id + "?sent=1#comment")).build();
        } catch (ValidationFailed e) {
            return page(422, participation.hearing(id), false, e.errors(), null, comment);
        } catch (BusinessException e) {
            return page(409, participation.hearing(id), false, List.of(), e.titleZh() + " / " + e.titleEn(), comment);
        }
    }

    private Response page(int status, HearingView hearing, boolean sent, List<FieldError> errors, String message,
                          NewComment typed) {
        Map<String, Object> model = new HashMap<>();
        model.put("h", hearing);
        model.put("department", departments().get(hearing.departmentCode()));
        model.put("sent", sent);
        model.put("errors", errors);
        model.put("message", message);
        model.put("typed", typed);
        return pages.page(status, "hearing/hearing", viewers.current(), model);
    }

    private Map<String, DepartmentView> departments() {
        Map<String, DepartmentView> names = new HashMap<>();
        site.departments().forEach(d -> names.put(d.code(), d));
        return names;
    }

    private static Integer number(String value) {
        try {
            return value == null || value.isBlank() ? 0 : Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
