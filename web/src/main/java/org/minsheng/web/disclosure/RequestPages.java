package org.minsheng.web.disclosure;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.minsheng.disclosure.api.RequestForm;
import org.minsheng.disclosure.application.DisclosureCatalogue;
import org.minsheng.disclosure.application.InformationRequests;
import org.minsheng.shared.error.BusinessException;
import org.minsheng.shared.error.FieldError;
import org.minsheng.shared.error.ValidationFailed;
import org.minsheng.web.platform.pages.PageRenderer;
import org.minsheng.web.platform.pages.ViewerFactory;

/**
 * The applicant's pages (依申请公开): the application form and its receipt; the look-up by number
 * and query code with the clock and the answer; the answer letter as a PDF. Forms post, no script.
 */
@Path("/disclosure/requests")
@RequestScoped
@Produces(MediaType.TEXT_HTML)
public class RequestPages {

    private static final List<String> FIELDS = List.of("bodyCode", "organisation", "applicantName", "idNumber",
            "phone", "email", "address", "description", "delivery");

    @Inject
    PageRenderer pages;

    @Inject
    ViewerFactory viewers;

    @EJB
    InformationRequests requests;

    @EJB
    DisclosureCatalogue catalogue;

    @GET
    public Response form() {
        return formPage(200, Map.of(), List.of());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response apply(MultivaluedMap<String, String> form) {
        Map<String, String> typed = new HashMap<>();
        FIELDS.forEach(f -> typed.put(f, form.getFirst(f) == null ? "" : form.getFirst(f)));
        try {
            var receipt = requests.apply(new RequestForm(typed.get("bodyCode"), "true".equals(typed.get("organisation")),
                    typed.get("applicantName"), typed.get("idNumber"), typed.get("phone"), typed.get("email"),
                    typed.get("address"), typed.get("description"), typed.get("delivery")));
            return pages.page(201, "disclosure/request-receipt", viewers.current(), Map.of("r", receipt));
        } catch (ValidationFailed e) {
            return formPage(422, typed, e.errors());
        }
    }

    @GET
    @Path("lookup")
    public Response lookupForm() {
        return lookupPage(200, null, "", null);
    }

    @POST
    @Path("lookup")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response lookup(MultivaluedMap<String, String> form) {
        String number = form.getFirst("number");
        String code = form.getFirst("queryCode");
        try {
            return lookupPage(200, requests.lookup(number, code), code, null);
        } catch (BusinessException e) {
            return lookupPage(404, null, "", e.titleZh() + " / " + e.titleEn());
        }
    }

    @POST
    @Path("completion")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response complete(MultivaluedMap<String, String> form) {
        String code = form.getFirst("queryCode");
        try {
            return lookupPage(200, requests.complete(form.getFirst("number"), code, form.getFirst("supplement")), code,
                    null);
        } catch (ValidationFailed e) {
            return lookupPage(422, requests.lookup(form.getFirst("number"), code), code,
                    e.errors().get(0).messageZh() + " / " + e.errors().get(0).messageEn());
        }
    }

    @POST
    @Path("letter")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces({"application/pdf", MediaType.TEXT_HTML})
    public Response letter(MultivaluedMap<String, String> form) {
        String number = form.getFirst("number");
        return RequestLetters.pdf(number, requests.letter(number, form.getFirst("queryCode")));
    }

    private Response formPage(int status, Map<String, String> typed, List<FieldError> errors) {
        Map<String, Object> model = new HashMap<>();
        model.put("bodies", catalogue.bodies());
        model.put("f", typed);
        model.put("errors", errors);
        return pages.page(status, "disclosure/request-form", viewers.current(), model);
    }

    private Response lookupPage(int status, Object request, String code, String message) {
        Map<String, Object> model = new HashMap<>();
        model.put("r", request);
        model.put("code", code == null ? "" : code);
        model.put("message", message);
        return pages.page(status, "disclosure/request-lookup", viewers.current(), model);
    }
}
