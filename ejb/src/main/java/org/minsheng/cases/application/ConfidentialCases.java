package org.minsheng.cases.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.minsheng.audit.api.ConfidentialSubjects;
import org.minsheng.cases.domain.CaseRepository;

/** Audit records about a report-mailbox case are for the discipline role only, like the case. */
@ApplicationScoped
public class ConfidentialCases implements ConfidentialSubjects {

    @Inject
    CaseRepository cases;

    @Override
    public boolean isConfidential(String subjectType, String subjectId) {
        return "case".equals(subjectType) && subjectId != null
                && cases.byId(subjectId).map(CaseAccess::isConfidential).orElse(false);
    }
}
