package org.minsheng.web.cases;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.minsheng.cases.api.HotlineCallInput;
import org.minsheng.cases.api.HotlineReceipt;
import org.minsheng.cases.api.HotlineSuggestions;
import org.minsheng.cases.application.HotlineService;
import org.minsheng.identity.api.Roles;
import org.minsheng.shared.error.BusinessException;
import org.minsheng.shared.error.FieldError;
import org.minsheng.shared.error.NotFound;
import org.minsheng.shared.error.ValidationFailed;
import org.minsheng.web.platform.pages.FormState;
import org.minsheng.web.platform.pages.PageRenderer;
import org.minsheng.web.platform.pages.ViewerFactory;
import org.minsheng.web.platform.security.CsrfToken;

/**
 * The call-taker's page (热线录入): the call form, the suggestions (category, open cases it may
 * repeat, FAQ answers) and the receipt to read out. Without JavaScript the "suggest" button posts
 * the form and shows the suggestions beside what was typed; with it, {@code hotline.js} asks the
 * suggestions API while the call-taker types.
 */
@Path("/staff/hotline")
@RequestScoped
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.CALL_TAKER)
public class HotlinePages {

    static final String FORM = "call";

    @Inject
    PageRenderer pages;

    @Inject
    ViewerFactory viewers;

    @EJB
    HotlineService hotline;

    @Context
    HttpServletRequest request;

    @GET
    public Response page() {
        return render(200, FormState.NONE, null, null, null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response post(MultivaluedMap<String, String> form) {
        if (!CsrfToken.matches(request, form.getFirst(CsrfToken.FIELD))) {
            return render(403, FormState.failed(FORM, List.of(), form), null, null,
                    new FieldError("", "页面已过期，请重新提交。", "The page expired; submit again."));
        }
        try {
            if ("suggest".equals(form.getFirst("action"))) {
                HotlineSuggestions found = hotline.suggest(form.getFirst("title"), form.getFirst("body"));
                return render(200, FormState.failed(FORM, List.of(), form), found, null, null);
            }
            HotlineReceipt receipt = hotline.take(new HotlineCallInput(form.getFirst("channel"),
                    form.getFirst("caseType"), form.getFirst("title"), form.getFirst("body"),
                    form.getFirst("callerName"), form.getFirst("callerMobile"), "yes".equals(form.getFirst("anonymous")),
                    "yes".equals(form.getFirst("onTheSpot")) ? form.getFirst("answerOnTheSpot") : null,
                    form.getFirst("mergeWith")));
            return render(201, FormState.NONE, null, receipt, null);
        } catch (ValidationFailed e) {
            return render(422, FormState.failed(FORM, e.errors(), form), null, null, null);
        } catch (BusinessException e) {
            int status = e instanceof NotFound ? 404 : 409;
            return render(status, FormState.failed(FORM, List.of(), form), null, null,
                    new FieldError("", e.titleZh(), e.titleEn()));
        }
    }

    private Response render(int status, FormState form, HotlineSuggestions suggestions, HotlineReceipt receipt,
                            FieldError problem) {
        Map<String, Object> model = new HashMap<>();
        model.put("form", form);
        model.put("suggestions", suggestions);
        model.put("receipt", receipt);
        model.put("problem", problem);
        model.put("expired", false);
        model.put("recent", hotline.myRecentCalls());
        return pages.page(status, "cases/staff-hotline", viewers.current(), model);
    }
}
