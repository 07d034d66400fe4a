package org.minsheng.audit.api;

/**
 * Tells the audit trail which subjects are confidential: their records are shown to the discipline
 * role only. A feature with such subjects implements it as a CDI bean (cases: report-mailbox cases).
 */
public interface ConfidentialSubjects {

    boolean isConfidential(String subjectType, String subjectId);
}
