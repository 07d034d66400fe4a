package org.minsheng.web.poll;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.minsheng.poll.api.PollResponse;
import org.minsheng.poll.api.PollResults;
import org.minsheng.poll.api.PollView;
import org.minsheng.poll.api.Respondent;
import org.minsheng.poll.application.PollAnswering;
import org.minsheng.poll.application.PollTallies;
import org.minsheng.shared.error.BusinessException;
import org.minsheng.shared.error.FieldError;
import org.minsheng.shared.error.ValidationFailed;
import org.minsheng.site.api.SiteDirectory;
import org.minsheng.web.platform.pages.PageRenderer;
import org.minsheng.web.platform.pages.ViewerFactory;

/** Public poll pages: the list, the form (plain HTML form, no script needed) and the results. */
@Path("/polls")
@RequestScoped
@Produces(MediaType.TEXT_HTML)
public class PollPages {

    @Inject
    PageRenderer pages;

    @Inject
    ViewerFactory viewers;

    @EJB
    PollAnswering answering;

    @EJB
    PollTallies tallies;

    @EJB
    SiteDirectory site;

    @Context
    HttpServletRequest request;

    @Context
    HttpServletResponse response;

    @GET
    public Response list() {
        Map<String, Object> model = new HashMap<>();
        model.put("polls", answering.list());
        model.put("departments", departmentNames());
        return pages.page(200, "poll/list", viewers.current(), model);
    }

    @GET
    @Path("{id}")
    public Response poll(@PathParam("id") String id) {
        Respondent respondent = Respondents.of(request, response);
        return form(200, answering.poll(id, respondent), List.of(), null, new FormValues());
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response answer(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        Respondent respondent = Respondents.of(request, response);
        PollView poll = answering.poll(id, respondent);
        PollResponse given = PollForm.read(poll, form);
        try {
            answering.answer(id, respondent, given);
            return Response.seeOther(URI.create("/polls/" + id + "/results?answered=1")).build();
        } catch (ValidationFailed e) {
            return form(422, answering.poll(id, respondent), e.errors(), null, new FormValues(form));
        } catch (BusinessException e) {
            int status = switch (e.type()) {
                case "forbidden" -> 403;
                case "not-found" -> 404;
                default -> 409;
            };
            return form(status, poll, List.of(), e.titleZh() + " / " + e.titleEn(), new FormValues(form));
        }
    }

    @GET
    @Path("{id}/results")
    public Response results(@PathParam("id") String id, @QueryParam("answered") String answered) {
        Respondent respondent = Respondents.of(request, response);
        Map<String, Object> model = new HashMap<>();
        model.put("thanks", "1".equals(answered));
        try {
            PollResults results = tallies.results(id, respondent);
            model.put("r", results);
            model.put("p", results.poll());
            model.put("charts", PollCharts.of(results));
        } catch (org.minsheng.shared.error.Forbidden e) {
            PollView poll = answering.poll(id, respondent);
            model.put("r", null);
            model.put("p", poll);
            model.put("charts", List.of());
        }
        model.put("department", departmentNames().get(((PollView) model.get("p")).departmentCode()));
        return pages.page(200, "poll/results", viewers.current(), model);
    }

    private Response form(int status, PollView poll, List<FieldError> errors, String message,
                          FormValues given) {
        Map<String, Object> model = new HashMap<>();
        model.put("p", poll);
        model.put("errors", errors);
        model.put("message", message);
        model.put("given", given);
        model.put("department", departmentNames().get(poll.departmentCode()));
        return pages.page(status, "poll/poll", viewers.current(), model);
    }

    private Map<String, org.minsheng.site.api.DepartmentView> departmentNames() {
        Map<String, org.minsheng.site.api.DepartmentView> names = new HashMap<>();
        site.departments().forEach(d -> names.put(d.code(), d));
        return names;
    }
}
