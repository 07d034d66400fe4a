package org.minsheng.cases.api;

import java.util.Optional;

/** How intake and other features hand a validated submission to the case workflow. */
public interface CaseIntake {

    Receipt register(NewCase submission);

    /**
     * Registers a case already addressed to a department (for example an online-interview question
     * not answered on air), skipping the dispatch rules.
     */
    Receipt referToDepartment(NewCase submission, String departmentCode, String reason);

    /** The case as its resident sees it, or empty for an unknown number or a wrong code. */
    Optional<CaseDetails> lookup(String trackingNumber, String queryCode);

    /**
     * The case, for a member of staff about to open or add files of it: handlers see their own
     * department's cases, dispatchers, reviewers and administrators all; a report-mailbox case
     * (举报), whose files may name the people reported, only the discipline role. Anyone else gets
     * the same "not found" as for a missing case.
     */
    CaseDetails forStaffFileAccess(String caseId);
}
