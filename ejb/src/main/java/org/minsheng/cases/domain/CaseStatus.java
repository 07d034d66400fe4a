package org.minsheng.cases.domain;

import java.util.EnumSet;
import java.util.Set;
import org.minsheng.shared.i18n.Label;
import org.minsheng.shared.i18n.Labelled;

/** The fixed lifecycle of a case (接收—处理—反馈); admin-defined sub-status labels refine it. */
public enum CaseStatus implements Labelled {
    REGISTERED("已登记", "Registered"),
    ACCEPTED("已受理", "Accepted"),
    NOT_ACCEPTED("不予受理", "Not accepted"),
    DISPATCHED("已分办", "Dispatched"),
    RETURNED("已退回", "Returned to dispatcher"),
    HANDLING("办理中", "In progress"),
    AWAITING_SUPPLEMENT("待补充材料", "Waiting for the resident"),
    IN_REVIEW("待审核", "In review"),
    ANSWERED("已答复", "Answered"),
    CLOSED("已办结", "Closed"),
    MERGED("已并单", "Merged");

    /** Statuses in which a department's time limit runs (paused while waiting for the resident). */
    public static final Set<CaseStatus> CLOCK_RUNNING = EnumSet.of(DISPATCHED, HANDLING, IN_REVIEW);

    /** Statuses that wait for the platform's dispatchers. */
    public static final Set<CaseStatus> AT_DISPATCHER = EnumSet.of(REGISTERED, ACCEPTED, RETURNED);

    /** Statuses in which the case is with its lead department. */
    public static final Set<CaseStatus> AT_DEPARTMENT = EnumSet.of(DISPATCHED, HANDLING, AWAITING_SUPPLEMENT, IN_REVIEW);

    /** Nothing more happens to a case in these statuses, unless the resident's rating reopens an answered one. */
    public static final Set<CaseStatus> FINISHED = EnumSet.of(NOT_ACCEPTED, ANSWERED, CLOSED, MERGED);

    private final Label label;

    CaseStatus(String labelZh, String labelEn) {
        this.label = new Label(labelZh, labelEn);
    }

    @Override
    public Label label() {
        return label;
    }
}
