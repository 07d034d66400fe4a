package org.minsheng.cases.api;

/**
 * A resident's submission, already validated by intake. {@code channel} is a {@code Channel} name,
 * {@code caseType} a {@code CaseType} name or null where the channel implies it.
 */
public record NewCase(String channel, String leaderCode, String title, String body, String residentName,
                      String residentMobile, boolean publicRequested, String caseType) {
}
