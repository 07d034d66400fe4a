package org.minsheng.cases.domain;

import org.minsheng.shared.i18n.Label;
import org.minsheng.shared.i18n.Labelled;

/** Where a case came in. The labels are shown to people; the names are stored. */
public enum Channel implements Labelled {
    LEADER_MAILBOX("领导信箱", "Leader mailbox"),
    SUPERVISION_MAILBOX("监督信箱", "Supervision mailbox"),
    REPORT_MAILBOX("举报信箱", "Report mailbox"),
    MESSAGE_BOARD("市民留言", "Message board"),
    CONSULTATION("网上咨询", "Online consultation"),
    INTERVIEW("在线访谈", "Online interview"),
    /** Entered by staff for a caller, a letter or a visitor (see {@link #STAFF_ENTERED}). */
    PHONE("电话", "Phone"),
    LETTER("来信", "Letter"),
    VISIT("来访", "Visit"),
    HOTLINE_12345("12345热线", "12345 hotline");

    /** The channels a call-taker enters cases through; residents never submit through them themselves. */
    public static final java.util.Set<Channel> STAFF_ENTERED = java.util.EnumSet.of(PHONE, LETTER, VISIT, HOTLINE_12345);

    private final Label label;

    Channel(String labelZh, String labelEn) {
        this.label = new Label(labelZh, labelEn);
    }

    @Override
    public Label label() {
        return label;
    }
}
