package org.minsheng.cases.domain;

import org.minsheng.shared.i18n.Label;
import org.minsheng.shared.i18n.Labelled;

/** What the resident asks for; it sets the statutory time limit. */
public enum CaseType implements Labelled {
    CONSULTATION("咨询", "Consultation"),
    COMPLAINT("投诉", "Complaint"),
    SUGGESTION("建议", "Suggestion"),
    HELP("求助", "Request for help"),
    REPORT("举报", "Report");

    private final Label label;

    CaseType(String labelZh, String labelEn) {
        this.label = new Label(labelZh, labelEn);
    }

    /** The type a channel implies, or the resident's choice where the channel leaves it open. */
    public static CaseType of(Channel channel, String chosen) {
        return switch (channel) {
            case CONSULTATION, INTERVIEW -> CONSULTATION;
            case REPORT_MAILBOX -> REPORT;
            case SUPERVISION_MAILBOX -> COMPLAINT;
            default -> {
                if (chosen == null || chosen.isBlank()) {
                    yield COMPLAINT;
                }
                CaseType type = valueOf(chosen);
                yield type == REPORT ? COMPLAINT : type;
            }
        };
    }

    @Override
    public Label label() {
        return label;
    }
}
