package org.minsheng.digest.api;

/**
 * Messages received for one value of a dimension (channel, category, district, department) in a
 * period (a day {@code 2026-11-30} or an ISO week {@code 2026-W48}), the previous period's count and
 * the change in percent (null when the previous period had none).
 */
public record TrendRow(String dimension, String value, String period, long count, long previous, Double changePercent) {
}
