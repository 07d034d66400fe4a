package org.minsheng.intake.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

/**
 * What a resident sends through a channel form. {@code channel} is the channel's code
 * ({@code LEADER_MAILBOX} …); {@code leaderCode} is required for leader mailboxes only;
 * {@code caseType} ({@code CONSULTATION}, {@code COMPLAINT}, {@code SUGGESTION}, {@code HELP}) is
 * chosen on the leader mailbox and the message board, implied elsewhere. One constructor only: JSON-B
 * cannot bind a record that has several.
 */
@Schema(name = "Submission", description = "A resident's message through a channel form. Text limits count characters"
        + " (a Chinese character counts one); text is stripped of surrounding spaces.",
        requiredProperties = {"channel", "title", "body"},
        properties = {
                @SchemaProperty(name = "channel", description = "The channel written to",
                        enumeration = {"LEADER_MAILBOX", "SUPERVISION_MAILBOX", "REPORT_MAILBOX", "MESSAGE_BOARD",
                                "CONSULTATION"},
                        example = "LEADER_MAILBOX"),
                @SchemaProperty(name = "leaderCode", description = "The leader written to (see GET /api/leaders);"
                        + " required for LEADER_MAILBOX, ignored otherwise", example = "shizhang"),
                @SchemaProperty(name = "title", minLength = 1, maxLength = 50,
                        description = "The subject, at most 50 characters, without control characters",
                        example = "朗州路路灯不亮"),
                @SchemaProperty(name = "body", minLength = 1, maxLength = 2000,
                        description = "The message, at most 2,000 characters",
                        example = "朗州路北段路灯连续一周不亮，夜间出行不安全。"),
                @SchemaProperty(name = "name", maxLength = 20,
                        description = "The resident's name, optional, at most 20 characters, without control"
                                + " characters; never published", example = "王小明"),
                @SchemaProperty(name = "mobile", pattern = "^1[3-9]\\d{9}$",
                        description = "A mainland mobile number, optional: 11 digits starting with 1; never published",
                        example = "13812345678"),
                @SchemaProperty(name = "publicRequested", defaultValue = "false",
                        description = "Whether the answer may be published on the board; never for REPORT_MAILBOX"),
                @SchemaProperty(name = "caseType", description = "The kind of request, chosen on the leader mailbox and"
                        + " the message board (implied elsewhere); optional",
                        enumeration = {"CONSULTATION", "COMPLAINT", "SUGGESTION", "HELP"})})
public record Submission(String channel, String leaderCode, String title, String body, String name,
                         String mobile, Boolean publicRequested, String caseType) {
}
