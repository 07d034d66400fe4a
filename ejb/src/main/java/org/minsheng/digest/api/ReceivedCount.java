package org.minsheng.digest.api;

/** Cases received on one day (city time, ISO date) through one channel. */
public record ReceivedCount(String day, String channel, long count) {
}
