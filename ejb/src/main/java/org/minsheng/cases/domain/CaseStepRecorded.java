package org.minsheng.cases.domain;

import java.time.Instant;

/**
 * Any step of a case's timeline (签收, 核实, 整改, 延期, 审核 …), so that every transition leaves an
 * event on the case stream — the steps with their own event (dispatch, answer, rating …) too.
 */
public record CaseStepRecorded(String caseId, String departmentCode, StepKind step, String actor, Instant occurredAt)
        implements CaseEvent {
}
