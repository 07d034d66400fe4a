package org.minsheng.poll.api;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.util.List;

/**
 * A poll as staff create it. {@code rule} is ACCOUNT or DEVICE, {@code resultsShown} LIVE,
 * AFTER_ANSWERING or AFTER_CLOSING; {@code addressLimit} (default 20) is how many responses one
 * network address gives before a challenge is asked; {@code departmentCode} may be left empty by
 * staff of a department (theirs is used).
 */
@Schema(name = "NewPoll", description = "A new poll",
        requiredProperties = {"title", "description", "rule", "resultsShown", "opensAt", "closesAt", "questions"})
public record NewPoll(String departmentCode, String title, String description, String rule, String resultsShown,
                      Instant opensAt, Instant closesAt, Integer addressLimit, List<NewQuestion> questions) {
}
