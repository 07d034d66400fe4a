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
}
