package org.minsheng.web.interview;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import org.minsheng.shared.error.BusinessException;
import org.minsheng.shared.error.ValidationFailed;
import org.minsheng.web.platform.security.CsrfToken;

/**
 * What the staff interview pages do with a posted form: check the CSRF token, run the action and
 * go back to the page, with the error if it failed.
 */
final class StaffForms {

    /** Shown when the form's CSRF token does not match the session's. */
    static final String EXPIRED = "页面已过期，请重新提交 / The page expired; submit again";

    private StaffForms() {
    }

    /** Runs the action and goes back to the page, with the error (escaped when shown) if it failed. */
    static Response act(HttpServletRequest request, String csrf, String back, Supplier<?> action) {
        if (!CsrfToken.matches(request, csrf)) {
            return backWith(back, EXPIRED);
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
