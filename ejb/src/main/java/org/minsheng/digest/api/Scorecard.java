package org.minsheng.digest.api;

import java.util.Map;

/**
 * A department's scorecard: cases received (dispatched to it and with it now), answered, answered
 * on time, closed (办结率 = closed / received), average and 90th-percentile working days to the
 * answer, satisfaction (score 1–5 → ratings), and the shares reopened and returned (退单) of the
 * cases received. Reports (举报) are not counted.
 */
public record Scorecard(String departmentCode, String departmentName, long received, long answered,
        long answeredOnTime, long closed, double closedRate, double averageWorkingDays, int p90WorkingDays,
        Map<Integer, Long> satisfaction, double reopenRate, double returnRate) {
}
