package org.minsheng.cases.application;

import java.util.List;
import java.util.stream.Collectors;
import org.minsheng.cases.api.RoutingSuggestion;

/** What text analysis found in a new case; {@link #NONE} when analysis was unavailable. */
public record CaseAnalysis(String category, double confidence, List<RoutingSuggestion> suggestions, boolean urgent,
                           String urgencyReason, String sensitiveWords) {

    public static final CaseAnalysis NONE = new CaseAnalysis(null, 0, List.of(), false, null, null);

    public CaseAnalysis {
        suggestions = List.copyOf(suggestions);
    }

    /** The department of the best suggestion, if the classifier's department is known here. */
    public String suggestedDepartment() {
        return suggestions.isEmpty() ? null : suggestions.get(0).departmentCode();
    }

    String suggestionsText() {
        return suggestions.stream()
                .map(s -> s.category() + "|" + (s.departmentCode() == null ? "" : s.departmentCode()) + "|"
                        + String.format(java.util.Locale.ROOT, "%.3f", s.confidence()))
                .collect(Collectors.joining(";"));
    }

    static List<RoutingSuggestion> parseSuggestions(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return java.util.Arrays.stream(text.split(";"))
                .map(part -> part.split("\\|", -1))
                .filter(p -> p.length == 3)
                .map(p -> new RoutingSuggestion(p[0], p[1].isEmpty() ? null : p[1], Double.parseDouble(p[2])))
                .toList();
    }
}
