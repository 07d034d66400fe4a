package org.minsheng.guide.api;

import java.time.Instant;
import java.util.List;

/**
 * A service guide as shown: its department, life events, the facts a resident needs (lists one
 * item per line), forms to download and where it stands in review.
 */
public record GuideView(long id, String departmentCode, String departmentName, String departmentNameEn, String title,
                        String summary, String eligibility, List<String> materials, List<String> steps,
                        String timeLimit, String fees, String placeAndHours, String legalBasis, String faq,
                        List<LifeEventView> lifeEvents, List<FormView> forms, String status, String statusZh,
                        String statusEn, String reviewComment, int revision, long version, String createdBy,
                        Instant updatedAt, Instant publishedAt) {

    public record LifeEventView(String code, String nameZh, String nameEn) {
    }

    public record FormView(String label, String url) {
    }

    public String path() {
        return "/guides/" + id;
    }

    /** The consultation form with the subject (the service and its department) filled in. */
    public String consultationPath() {
        return "/write/consultation?guide=" + id;
    }
}
