package org.minsheng.web.nlp;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
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
import java.util.function.Function;
import java.util.stream.Collectors;
import org.minsheng.identity.api.Roles;
import org.minsheng.nlp.application.LexiconService;
import org.minsheng.shared.error.BusinessException;
import org.minsheng.shared.error.FieldError;
import org.minsheng.shared.error.ValidationFailed;
import org.minsheng.web.platform.BusinessExceptionMapper;
import org.minsheng.web.platform.pages.PageRenderer;
import org.minsheng.web.platform.pages.ViewerFactory;
import org.minsheng.web.platform.security.CsrfToken;

/**
 * The administrator's sensitive-word lexicon page (敏感词库): every entry with its category, a form
 * to add one, and on each row a form to change or remove it. Works without JavaScript.
 */
@Path("/staff/admin/lexicon")
@RequestScoped
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.TEXT_HTML)
public class LexiconPages {

    /** The failed form's name when adding; a row's form is named by its entry id. */
    static final String ADD = "add";

    @Inject
    PageRenderer pages;

    @Inject
    ViewerFactory viewers;

    @EJB
    LexiconService lexicon;

    @Context
    HttpServletRequest request;

    /** {@code ?done=added|changed|removed} confirms the last change. */
    @GET
    public Response page(@QueryParam("done") String done) {
        return page(200, "", Map.of(), List.of(), null, done);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response add(MultivaluedMap<String, String> form) {
        return change(ADD, form);
    }

    /** {@code action} is {@code save} or {@code remove}. */
    @POST
    @Path("{id:\\d+}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response entry(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        return change(String.valueOf(id), form);
    }

    private Response change(String which, MultivaluedMap<String, String> form) {
        Map<String, String> typed = form.keySet().stream()
                .collect(Collectors.toMap(Function.identity(), k -> String.join(",", form.get(k))));
        if (!CsrfToken.matches(request, form.getFirst(CsrfToken.FIELD))) {
            return page(403, which, typed, List.of(), "页面已过期，请重新提交 / The page expired; submit again", null);
        }
        try {
            String done;
            if (ADD.equals(which)) {
                lexicon.add(form.getFirst("word"), form.getFirst("category"));
                done = "added";
            } else {
                long id = Long.parseLong(which);
                long version = version(form.getFirst("version"));
                if ("remove".equals(form.getFirst("action"))) {
                    lexicon.remove(id, version);
                    done = "removed";
                } else {
                    lexicon.change(id, form.getFirst("word"), form.getFirst("category"), version);
                    done = "changed";
                }
            }
            return Response.seeOther(URI.create("/staff/admin/lexicon?done=" + done)).build();
        } catch (ValidationFailed e) {
            return page(422, which, typed, e.errors(), null, null);
        } catch (BusinessException e) {
            return page(BusinessExceptionMapper.statusOf(e), which, typed, List.of(), e.titleZh() + " / " + e.titleEn(), null);
        }
    }

    private static long version(String typed) {
        try {
            return Long.parseLong(typed == null ? "" : typed.strip());
        } catch (NumberFormatException e) {
            return LexiconResource.requireVersion(null);
        }
    }

    private Response page(int status, String failedForm, Map<String, String> typed, List<FieldError> errors,
                          String message, String done) {
        Map<String, Object> model = new HashMap<>();
        model.put("lexicon", lexicon.lexicon());
        model.put("failed", failedForm);
        model.put("typed", typed);
        model.put("errors", errors);
        model.put("fieldErrors", errors.stream().collect(Collectors.toMap(FieldError::field, Function.identity(),
                (a, b) -> a)));
        model.put("message", message);
        model.put("done", done == null || !done.matches("added|changed|removed") ? null : done);
        return pages.page(status, "nlp/staff-lexicon", viewers.current(), model);
    }
}
