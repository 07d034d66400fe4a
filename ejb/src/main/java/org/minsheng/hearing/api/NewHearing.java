package org.minsheng.hearing.api;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A draft put to the public: its sections, purpose, legal basis, how to comment, and the end of the
 * comment period (at least 30 days from publication, or a stated {@code shortPeriodReason}).
 * {@code departmentCode} is for administrators; staff of a department publish for their own.
 */
@Schema(name = "NewHearing", description = "A draft put to the public",
        requiredProperties = {"title", "purpose", "legalBasis", "howToComment", "closesAt", "sections"})
public record NewHearing(String departmentCode, String title, String purpose, String legalBasis, String howToComment,
                         Instant closesAt, String shortPeriodReason, List<SectionView> sections) {
}
