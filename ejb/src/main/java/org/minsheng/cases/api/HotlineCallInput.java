package org.minsheng.cases.api;

/**
 * A case a call-taker enters for a caller, a letter or a visitor. {@code channel} is one of
 * {@code PHONE}, {@code LETTER}, {@code VISIT}, {@code HOTLINE_12345}; {@code caseType} one of
 * {@code CONSULTATION}, {@code COMPLAINT}, {@code SUGGESTION}, {@code HELP}. An anonymous caller's
 * name and number are not stored, even when given. {@code answerOnTheSpot} is the answer given
 * from the FAQ and guides during the call (直接答复, consultations only); {@code mergeWith} the
 * tracking number of an open case this one repeats (并单).
 */
public record HotlineCallInput(String channel, String caseType, String title, String body, String callerName,
                               String callerMobile, Boolean anonymous, String answerOnTheSpot, String mergeWith) {
}
