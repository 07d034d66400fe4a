package org.minsheng.digest.api;

import java.time.Duration;
import org.minsheng.shared.i18n.Label;
import org.minsheng.shared.i18n.Labelled;

/** The windows hot topics are ranked over; {@code ALL} is the whole period kept (no decay). */
public enum DigestWindow implements Labelled {
    DAY(Duration.ofHours(24), "近24小时", "Last 24 hours"),
    WEEK(Duration.ofDays(7), "近7天", "Last 7 days"),
    MONTH(Duration.ofDays(30), "近30天", "Last 30 days"),
    ALL(null, "全部", "Whole period");

    private final Duration length;
    private final Label label;

    DigestWindow(Duration length, String zh, String en) {
        this.length = length;
        this.label = new Label(zh, en);
    }

    /** Null for the whole period. */
    public Duration length() {
        return length;
    }

    @Override
    public Label label() {
        return label;
    }
}
