package org.minsheng.web.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.minsheng.identity.api.StaffPrincipal;
import org.minsheng.nlp.api.LexiconView;
import org.minsheng.nlp.api.SensitiveWordCategoryView;
import org.minsheng.nlp.api.SensitiveWordView;
import org.minsheng.shared.error.FieldError;
import org.minsheng.web.platform.pages.PageRenderer;
import org.minsheng.web.platform.pages.Viewer;

/** The lexicon page renders in both languages, labels every field, escapes entries and shows a row's errors. */
class LexiconPageTemplateTest {

    private static final String SCRIPT = "<script>alert(1)</script>";
    private final PageRenderer renderer = new PageRenderer();

    @Test
    void everyRowIsAFormWithLabelledFieldsAndARefusedRowShowsItsError() {
        LexiconView lexicon = new LexiconView(7, Instant.parse("2026-12-01T02:00:00Z"), List.of(
                new SensitiveWordView(21, "加微信", "SPAM", "广告与垃圾信息", "Ads and spam", Instant.now(), "admin", 0),
                new SensitiveWordView(22, SCRIPT, "OTHER", "其他", "Other", Instant.now(), "system", 3)),
                List.of(new SensitiveWordCategoryView("SPAM", "广告与垃圾信息", "Ads and spam"),
                        new SensitiveWordCategoryView("OTHER", "其他", "Other")));
        FieldError error = new FieldError("word", "词库中已有该词（加微信）", "The lexicon has this word already (加微信)");
        for (boolean english : new boolean[] {false, true}) {
            Viewer viewer = new Viewer(english ? Locale.ENGLISH : Viewer.CHINESE, english, false, "/staff/admin/lexicon",
                    new StaffPrincipal("admin", "管理员", Set.of("admin"), "sjzyj"), "token");
            Map<String, Object> model = new HashMap<>();
            model.put("lexicon", lexicon);
            model.put("failed", "22");
            model.put("typed", Map.of("word", "加 微 信", "category", "SPAM"));
            model.put("errors", List.of(error));
            model.put("fieldErrors", Map.of("word", error));
            model.put("message", null);
            model.put("done", "changed");

            String html = renderer.render("nlp/staff-lexicon", viewer, model);

            assertThat(html).doesNotContain("??").doesNotContain(SCRIPT)
                    .contains("action=\"/staff/admin/lexicon/21\"", "form=\"row-21\"", "for=\"f-21-word\"",
                            "for=\"f-21-category\"", "name=\"version\" value=\"3\"", "value=\"加 微 信\"",
                            "aria-invalid=\"true\"", "href=\"#f-22-word\"", "name=\"_csrf\" value=\"token\"",
                            "/staff/admin/integrity")
                    .contains(english ? "Ads and spam" : "广告与垃圾信息");
        }
    }
}
