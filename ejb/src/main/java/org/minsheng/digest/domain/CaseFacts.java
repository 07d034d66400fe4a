package org.minsheng.digest.domain;

/**
 * What the scorecards and department trends need to know of one case, folded from its events: the
 * day it came in (city time, ISO date), whether it is a report (举报, never counted outside the
 * discipline commission), the department it is with, whether it was ever returned (退单) or
 * reopened, answered (on time, after how many working days), closed and rated (1–5, 0 unrated).
 */
public record CaseFacts(String receivedDay, boolean report, String department, boolean returned, boolean answered,
        boolean onTime, int workingDays, boolean closed, int satisfaction, boolean reopened) {

    public static final CaseFacts NEW = new CaseFacts(null, false, null, false, false, false, 0, false, 0, false);

    public CaseFacts received(String day, boolean isReport) {
        return new CaseFacts(day, isReport, department, returned, answered, onTime, workingDays, closed, satisfaction,
                reopened);
    }

    public CaseFacts dispatchedTo(String to) {
        return new CaseFacts(receivedDay, report, to, returned, answered, onTime, workingDays, closed, satisfaction,
                reopened);
    }

    public CaseFacts returnedByDepartment() {
        return new CaseFacts(receivedDay, report, department, true, answered, onTime, workingDays, closed, satisfaction,
                reopened);
    }

    public CaseFacts answered(String by, int days, boolean inTime) {
        return new CaseFacts(receivedDay, report, by == null ? department : by, returned, true, inTime, days, false,
                satisfaction, reopened);
    }

    public CaseFacts rated(int score, boolean reopens) {
        return new CaseFacts(receivedDay, report, department, returned, answered, onTime, workingDays, !reopens, score,
                reopened || reopens);
    }

    public CaseFacts reopen() {
        return new CaseFacts(receivedDay, report, department, returned, answered, onTime, workingDays, false,
                satisfaction, true);
    }

    public CaseFacts close() {
        return new CaseFacts(receivedDay, report, department, returned, answered, onTime, workingDays, true,
                satisfaction, reopened);
    }

    /** Counted on a department's scorecard: dispatched to one, and not a report. */
    public boolean counted() {
        return department != null && !report;
    }
}
