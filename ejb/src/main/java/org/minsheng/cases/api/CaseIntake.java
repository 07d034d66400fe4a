package org.minsheng.cases.api;

/** How intake hands a validated submission to the case workflow. */
public interface CaseIntake {

    Receipt register(NewCase submission);
}
