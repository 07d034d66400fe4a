package org.minsheng.web.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.minsheng.identity.api.OneTimePassword;
import org.minsheng.identity.api.StaffAccountView;
import org.minsheng.identity.api.StaffPrincipal;
import org.minsheng.shared.error.FieldError;
import org.minsheng.web.platform.pages.PageRenderer;
import org.minsheng.web.platform.pages.Viewer;
import org.minsheng.web.platform.security.SignInPages;

/** The account pages render in both languages: every text has a key, errors sit next to their fields, input is escaped. */
class AccountTemplatesTest {

    private static final String SCRIPT = "<script>alert(1)</script>";
    private final PageRenderer renderer = new PageRenderer();

    private static Viewer viewer(StaffPrincipal staff, boolean english) {
        return new Viewer(english ? Locale.ENGLISH : Viewer.CHINESE, english, false, "/x", staff, "token");
    }

    @Test
    void changePasswordPageShowsFieldErrorsAndTheForcedChangeNotice() {
        for (boolean english : new boolean[] {false, true}) {
            Map<String, Object> model = new HashMap<>();
            FieldError wrong = new FieldError("currentPassword", "当前密码不正确", "The current password is wrong");
            model.put("action", "/staff/password");
            model.put("errors", List.of(wrong));
            model.put("fieldErrors", Map.of("currentPassword", wrong));
            model.put("message", null);
            model.put("changed", false);
            model.put("required", true);
            model.put("back", "/staff");
            String page = renderer.render("identity/password", viewer(new StaffPrincipal("wang", "王", Set.of("handler"),
                    "gaj"), english), model);
            assertThat(page).doesNotContain("??").contains("id=\"e-currentPassword\"").contains("aria-invalid=\"true\"")
                    .contains("password-required").contains("name=\"_csrf\" value=\"token\"")
                    .contains(english ? "The current password is wrong" : "当前密码不正确")
                    .doesNotContain("<script");
            model.put("changed", true);
            model.put("required", false);
            model.put("errors", List.of());
            model.put("fieldErrors", Map.of());
            assertThat(renderer.render("identity/password", viewer(null, english), model)).doesNotContain("??")
                    .contains("password-changed").doesNotContain("f-newPassword");
        }
    }

    @Test
    void staffAccountsPageShowsTheOneTimePasswordOnceAndEscapes() {
        for (boolean english : new boolean[] {false, true}) {
            Map<String, Object> model = new HashMap<>();
            model.put("accounts", List.of(
                    new StaffAccountView("wang", SCRIPT, List.of("dept-admin", "handler"), "gaj", true, true),
                    new StaffAccountView("li", "李", List.of("handler"), "gaj", false, false),
                    new StaffAccountView("admin", "管理员", List.of("admin"), null, true, false)));
            model.put("issued", new OneTimePassword("wang", "abcDEF234ghjKLM5"));
            model.put("message", null);
            String page = renderer.render("identity/staff-accounts", viewer(new StaffPrincipal("admin", "管理员",
                    Set.of("admin"), null), english), model);
            assertThat(page).doesNotContain("??").doesNotContain(SCRIPT).contains("abcDEF234ghjKLM5")
                    .contains("value=\"reactivate\"").contains("value=\"deactivate\"");
        }
    }

    @Test
    void signInPagesSayWhyASignInFailed() {
        for (boolean english : new boolean[] {false, true}) {
            Map<String, Object> model = new HashMap<>();
            model.put("failed", true);
            model.put("failure", new SignInPages.Failure("login.throttled", "30"));
            model.put("next", "/staff");
            model.put("username", SCRIPT);
            assertThat(renderer.render("platform/login", viewer(null, english), model)).doesNotContain("??")
                    .doesNotContain(SCRIPT).contains("30");
            model.put("failure", new SignInPages.Failure("login.demoPassword", ""));
            assertThat(renderer.render("platform/login", viewer(null, english), model))
                    .contains("MINSHENG_ADMIN_PASSWORD");
            Map<String, Object> resident = new HashMap<>();
            resident.put("failed", true);
            resident.put("failure", "login.throttled");
            resident.put("seconds", "120");
            resident.put("login", "13800000000");
            assertThat(renderer.render("identity/account-login", viewer(null, english), resident)).doesNotContain("??")
                    .contains("120");
        }
    }
}
