package org.minsheng.guide.api;

import java.util.List;

/** A guide as its editor submits it; lists (materials, steps) one item per line, life events by code. */
public record GuideDraft(String departmentCode, String title, String summary, String eligibility, String materials,
                         String steps, String timeLimit, String fees, String placeAndHours, String legalBasis,
                         String faq, List<String> lifeEvents, List<GuideView.FormView> forms) {
}
