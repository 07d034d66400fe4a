package org.minsheng.poll.api;

/** A small arithmetic question asked when a network address sends more responses than the poll allows. */
public record ChallengeView(String id, String questionZh, String questionEn) {
}
