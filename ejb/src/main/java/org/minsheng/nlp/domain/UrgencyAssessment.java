package org.minsheng.nlp.domain;

import java.util.List;

/** Whether a text reports a present safety hazard, with the reasons (empty when not urgent). */
public record UrgencyAssessment(boolean urgent, List<UrgencyReason> reasons) {

    public UrgencyAssessment {
        reasons = List.copyOf(reasons);
    }

    public static UrgencyAssessment of(List<UrgencyReason> reasons) {
        return new UrgencyAssessment(!reasons.isEmpty(), reasons);
    }
}
