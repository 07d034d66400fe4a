package org.minsheng.guide.domain;

import java.util.List;
import java.util.Set;

/** What a guide says, as its editor wrote it (plain text; lists one item per line). */
public record GuideText(String title, String summary, String eligibility, String materials, String steps,
                        String timeLimit, String fees, String placeAndHours, String legalBasis, String faq,
                        Set<LifeEvent> lifeEvents, List<FormLink> forms) {

    public GuideText {
        lifeEvents = lifeEvents == null ? Set.of() : Set.copyOf(lifeEvents);
        forms = forms == null ? List.of() : List.copyOf(forms);
    }
}
