package org.minsheng.poll.api;

/**
 * What the web layer knows of an anonymous respondent: the browser's device token (a random cookie)
 * and the network address. Both are only ever stored hashed with the poll's salt.
 */
public record Respondent(String deviceToken, String networkAddress) {
}
