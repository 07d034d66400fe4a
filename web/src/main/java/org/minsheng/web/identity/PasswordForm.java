package org.minsheng.web.identity;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.minsheng.identity.api.AccountStatus;
import org.minsheng.identity.api.Authenticator;
import org.minsheng.identity.application.PasswordService;
import org.minsheng.shared.error.FieldError;
import org.minsheng.shared.error.ValidationFailed;
import org.minsheng.web.platform.pages.PageRenderer;
import org.minsheng.web.platform.pages.ViewerFactory;
import org.minsheng.web.platform.security.CsrfToken;

/** The change-password form of staff ({@link PasswordPages}) and residents ({@link AccountPages}). */
@RequestScoped
public class PasswordForm {

    @Inject
    PageRenderer pages;

    @Inject
    ViewerFactory viewers;

    @EJB
    PasswordService passwords;

    @EJB
    Authenticator authenticator;

    @Inject
    HttpServletRequest request;

    Response change(String action, String current, String next, String confirmation, String csrf) {
        if (!CsrfToken.matches(request, csrf)) {
            return page(403, action, List.of(), "form.expired", false);
        }
        try {
            passwords.changeOwnPassword(current, next, confirmation == null ? "" : confirmation);
        } catch (ValidationFailed e) {
            return page(422, action, e.errors(), null, false);
        }
        return page(200, action, List.of(), null, true);
    }

    Response page(int status, String action, List<FieldError> errors, String message, boolean changed) {
        Map<String, Object> model = new HashMap<>();
        model.put("action", action);
        model.put("errors", errors);
        model.put("fieldErrors", errors.stream().collect(Collectors.toMap(FieldError::field, Function.identity(),
                (a, b) -> a)));
        model.put("message", message);
        model.put("changed", changed);
        model.put("required", !changed && action.equals(PasswordPages.STAFF) && request.getUserPrincipal() != null
                && authenticator.status(request.getUserPrincipal().getName()) == AccountStatus.PASSWORD_CHANGE_REQUIRED);
        model.put("back", action.equals(PasswordPages.STAFF) ? "/staff" : "/account");
        return pages.page(status, "identity/password", viewers.current(), model);
    }

}
