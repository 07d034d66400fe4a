package org.minsheng.intake.api;

/**
 * What a resident sends through a channel form. {@code channel} is the channel's code
 * ({@code LEADER_MAILBOX} …); {@code leaderCode} is required for leader mailboxes only;
 * {@code caseType} ({@code CONSULTATION}, {@code COMPLAINT}, {@code SUGGESTION}, {@code HELP}) is
 * chosen on the leader mailbox and the message board, implied elsewhere. One constructor only: JSON-B
 * cannot bind a record that has several.
 */
public record Submission(String channel, String leaderCode, String title, String body, String name,
                         String mobile, Boolean publicRequested, String caseType) {
}
