package org.minsheng.cases.domain;

/** What the resident asks for; it sets the statutory time limit. */
public enum CaseType {
    CONSULTATION("咨询", "Consultation"),
    COMPLAINT("投诉", "Complaint"),
    SUGGESTION("建议", "Suggestion"),
    HELP("求助", "Request for help"),
    REPORT("举报", "Report");

    private final String labelZh;
    private final String labelEn;

    CaseType(String labelZh, String labelEn) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
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

    public String labelZh() {
        return labelZh;
    }

    public String labelEn() {
        return labelEn;
    }
}
