package org.minsheng.intake.application;

import java.util.Set;
import java.util.regex.Pattern;
import org.minsheng.intake.api.Submission;
import org.minsheng.shared.error.Validation;

/** The limits of a submission form, shared by every channel. */
public final class SubmissionRules {

    public static final int TITLE_MAX = 50;
    public static final int BODY_MAX = 2000;
    public static final int NAME_MAX = 20;
    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
    private static final Set<String> CHOSEN_TYPES = Set.of("CONSULTATION", "COMPLAINT", "SUGGESTION", "HELP");
    private static final Set<String> CHANNELS =
            Set.of("LEADER_MAILBOX", "SUPERVISION_MAILBOX", "REPORT_MAILBOX", "MESSAGE_BOARD", "CONSULTATION");

    private SubmissionRules() {
    }

    /** Every rule that needs no database; {@code leaderExists} answers for the leader code. */
    public static Validation check(Submission s, java.util.function.Predicate<String> leaderExists) {
        Validation v = new Validation();
        if (s == null) {
            return v.require(false, "body", "请求内容为空", "The request has no content");
        }
        v.require(s.channel() != null && CHANNELS.contains(s.channel()), "channel",
                "请选择受理渠道", "Choose a channel");
        if ("LEADER_MAILBOX".equals(s.channel())) {
            v.require(s.leaderCode() != null && leaderExists.test(s.leaderCode()), "leaderCode",
                    "请选择要写信的领导", "Choose the leader to write to");
        }
        if (s.caseType() != null && !s.caseType().isBlank()) {
            v.require(CHOSEN_TYPES.contains(s.caseType()), "caseType", "请选择诉求类型（咨询、投诉、建议或求助）",
                    "Choose the kind of request (consultation, complaint, suggestion or help)");
        }
        v.text(s.title(), "title", "标题", "Title", TITLE_MAX, true);
        v.text(s.body(), "body", "内容", "Message", BODY_MAX, true);
        v.text(s.name(), "name", "姓名", "Name", NAME_MAX, false);
        if (s.mobile() != null && !s.mobile().isBlank()) {
            v.require(MOBILE.matcher(s.mobile().strip()).matches(), "mobile",
                    "手机号码应为11位数字，以1开头", "Mobile number must be 11 digits starting with 1");
        }
        v.require(!containsControlCharacters(s.title()) && !containsControlCharacters(s.name()), "title",
                "标题或姓名含有不可见的控制字符", "Title or name contains control characters");
        return v;
    }

    private static boolean containsControlCharacters(String text) {
        return text != null && text.codePoints().anyMatch(cp -> Character.isISOControl(cp));
    }
}
