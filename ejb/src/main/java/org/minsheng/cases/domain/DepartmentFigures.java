package org.minsheng.cases.domain;

/**
 * A department's figures for a period: cases received, answered, answered on time, rated and the
 * sum of ratings (so that averages over several departments stay exact), and dissatisfied ratings.
 */
public record DepartmentFigures(String departmentCode, long received, long answered, long onTime, long rated,
                                long ratingSum, long satisfied) {

    public double onTimeRate() {
        return answered == 0 ? 0 : (double) onTime / answered;
    }

    public double satisfactionRate() {
        return rated == 0 ? 0 : (double) satisfied / rated;
    }
}
