package org.minsheng.cases.application;

import java.util.List;
import org.minsheng.cases.api.RoutingSuggestion;

/** What text analysis found in a new case; {@link #NONE} when analysis was unavailable. */
public record CaseAnalysis(String category, double confidence, List<RoutingSuggestion> suggestions, boolean urgent,
                           String urgencyReason, List<String> sensitiveWords) {

    public static final CaseAnalysis NONE = new CaseAnalysis(null, 0, List.of(), false, null, List.of());

    public CaseAnalysis {
        suggestions = List.copyOf(suggestions);
        sensitiveWords = List.copyOf(sensitiveWords);
    }

    /** The department of the best suggestion, if the classifier's department is known here. */
    public String suggestedDepartment() {
        return suggestions.isEmpty() ? null : suggestions.get(0).departmentCode();
    }
}
