package org.minsheng.web.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.minsheng.cases.api.FaqView;
import org.minsheng.cases.api.HotlineCallView;
import org.minsheng.cases.api.HotlineReceipt;
import org.minsheng.cases.api.HotlineSuggestions;
import org.minsheng.cases.api.RoutingSuggestion;
import org.minsheng.identity.api.StaffPrincipal;
import org.minsheng.web.platform.pages.FormState;
import org.minsheng.web.platform.pages.PageRenderer;
import org.minsheng.web.platform.pages.Viewer;

class HotlinePageTemplateTest {

    private final PageRenderer renderer = new PageRenderer();
    private final StaffPrincipal callTaker = new StaffPrincipal("call-taker", "话务员", Set.of("call-taker"), "sjzyj");

    private Viewer viewer(boolean english) {
        return new Viewer(english ? Locale.ENGLISH : Viewer.CHINESE, english, false, "/staff/hotline", callTaker, "token");
    }

    private Map<String, Object> model(FormState form, HotlineSuggestions suggestions, HotlineReceipt receipt) {
        Map<String, Object> model = new HashMap<>();
        model.put("form", form);
        model.put("suggestions", suggestions);
        model.put("receipt", receipt);
        model.put("problem", null);
        model.put("expired", false);
        model.put("recent", List.of(new HotlineCallView("id-1", "MS20261207-00001", "12345热线", "12345 hotline",
                "路灯不亮", "已分办", "Dispatched", Instant.parse("2026-12-07T02:00:00Z"), false, false, false)));
        return model;
    }

    @Test
    void theSuggestionsOfferTheDuplicatesToMergeAndKeepWhatWasTyped() {
        HotlineSuggestions found = new HotlineSuggestions("市政设施",
                List.of(new RoutingSuggestion("市政设施", "zjj", 0.8)),
                List.of(new HotlineSuggestions.Duplicate("MS20261206-00009", "朗州路路灯不亮", "办理中", "In progress", 0.7)),
                List.of(new FaqView(1, "路灯坏了找谁", "请拨打12345或在网上留言。", "zjj", Instant.parse("2026-12-01T02:00:00Z"))));
        FormState typed = FormState.failed("call", List.of(), Map.of("title", List.of("路灯不亮"),
                "body", List.of("朗州路北段路灯不亮"), "channel", List.of("PHONE")));
        for (boolean english : new boolean[] {false, true}) {
            String html = renderer.render("cases/staff-hotline", viewer(english), model(typed, found, null));

            assertThat(html).doesNotContain("??").contains("name=\"_csrf\" value=\"token\"", "value=\"MS20261206-00009\"",
                    "朗州路北段路灯不亮", "请拨打12345或在网上留言。", "/static/hotline.js", "市政设施")
                    .contains(english ? "Open cases it may repeat" : "可能重复的在办件")
                    .containsPattern("id=\"channel-PHONE\"[^>]*checked");
        }
    }

    @Test
    void theReceiptIsShownToBeReadOutWhenNoSmsWentOut() {
        HotlineReceipt receipt = new HotlineReceipt("MS20261207-00002", "654321", false, "ANSWERED", "已答复", "Answered",
                null);
        for (boolean english : new boolean[] {false, true}) {
            String html = renderer.render("cases/staff-hotline", viewer(english), model(FormState.NONE, null, receipt));

            assertThat(html).doesNotContain("??").contains("MS20261207-00002", "654321", "id=\"receipt-read-out\"",
                    "MS20261207-00001").doesNotContain("id=\"receipt-sms\"")
                    .contains(english ? "read the tracking number and query code out" : "请向来电人读出");
        }
    }
}
