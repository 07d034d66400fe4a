package org.minsheng.cases.domain;

import java.util.List;

/** The timeline, co-handling departments and sub-status labels of cases. */
public interface CaseTimeline {

    void add(CaseStep step);

    List<CaseStep> stepsOf(String caseId);

    void addParticipant(CaseParticipant participant);

    List<CaseParticipant> participantsOf(String caseId);

    /** Case ids a department co-handles or was sent a copy of, newest first. */
    List<String> casesWithParticipant(String departmentCode, int limit);

    /** Co-handling departments that still owe their opinion and have a due date, oldest due first. */
    List<CaseParticipant> coHandlersAwaitingOpinion(int limit);

    /** The sub-status labels the administrator defined. */
    List<SubStatusLabel> subStatuses();

    void addSubStatus(SubStatusLabel label);
}
