package org.minsheng.cases.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Duration;
import java.time.Instant;

/**
 * The case's time limit in working days: when its clock started, when it is due, whether it is
 * paused for the resident's material, a pending extension request, and the supervision level.
 * Due dates are computed on the working-day calendar outside and handed in.
 */
@Embeddable
public class TimeLimit {

    @Column(name = "limit_days")
    private Integer limitDays;

    @Column(name = "clock_started_at")
    private Instant clockStartedAt;

    @Column(name = "due_at")
    private Instant dueAt;

    @Column(name = "paused_at")
    private Instant pausedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "warning_level", nullable = false, length = 10)
    private WarningLevel warningLevel = WarningLevel.NONE;

    /** A pending extension request: working days asked for and why. */
    @Column(name = "extension_days")
    private Integer extensionDays;

    @Column(name = "extension_reason", length = 500)
    private String extensionReason;

    /** A fresh limit: the department gets its full time, and any pending request is dropped. */
    void start(int workingDays, Instant at, Instant due) {
        limitDays = workingDays;
        clockStartedAt = at;
        dueAt = due;
        pausedAt = null;
        warningLevel = WarningLevel.NONE;
        extensionDays = null;
        extensionReason = null;
    }

    /** No due date while the case follows another case's clock (a merged case). */
    void stop() {
        dueAt = null;
        warningLevel = WarningLevel.NONE;
    }

    /** The case left the department: the next one starts a clock of its own. */
    void reset() {
        clockStartedAt = null;
        stop();
    }

    void pause(Instant at) {
        pausedAt = at;
    }

    /** The clock runs again with the due date moved by the time the case waited. */
    void resume(Instant newDue) {
        pausedAt = null;
        dueAt = newDue;
        warningLevel = WarningLevel.NONE;
    }

    boolean hasPendingExtension() {
        return extensionDays != null;
    }

    void requestExtension(int days, String reason) {
        extensionDays = days;
        extensionReason = reason;
    }

    /** Decides the pending request; {@code newDue} is used when granted. */
    void decideExtension(boolean grant, Instant newDue) {
        if (grant) {
            limitDays = limitDays == null ? extensionDays : limitDays + extensionDays;
            dueAt = newDue;
            warningLevel = WarningLevel.NONE;
        }
        extensionDays = null;
        extensionReason = null;
    }

    /**
     * Where the limit stands at {@code now}: yellow once {@code warningShare} of the time is used,
     * red when overdue.
     */
    WarningLevel levelAt(Instant now, double warningShare) {
        if (dueAt == null || clockStartedAt == null) {
            return WarningLevel.NONE;
        }
        if (now.isAfter(dueAt)) {
            return WarningLevel.RED;
        }
        long total = Duration.between(clockStartedAt, dueAt).toMillis();
        long used = Duration.between(clockStartedAt, now).toMillis();
        return used >= total * warningShare ? WarningLevel.YELLOW : WarningLevel.NONE;
    }

    /** Raises the supervision level; returns false when it is already at it or beyond. */
    boolean raiseWarning(WarningLevel level) {
        if (level.compareTo(warningLevel) <= 0) {
            return false;
        }
        warningLevel = level;
        return true;
    }

    public Integer limitDays() {
        return limitDays;
    }

    public Instant dueAt() {
        return dueAt;
    }

    public Instant pausedAt() {
        return pausedAt;
    }

    public WarningLevel warningLevel() {
        return warningLevel;
    }

    public Integer extensionDays() {
        return extensionDays;
    }

    public String extensionReason() {
        return extensionReason;
    }
}
