package org.minsheng.cases.api;

import java.util.List;

/** Published monthly figures (received, answered, on-time rate, satisfaction), in all and per department. */
public record MonthlyStatistics(String month, long received, long answered, long rated, double onTimeRate,
                                double satisfactionRate, double averageRating, List<DepartmentRow> departments) {

    /** Rates are 0 when there is nothing to rate: {@code answered} and {@code rated} tell "none" from 0 %. */
    public record DepartmentRow(String departmentCode, String name, long received, long answered, long rated,
                                double onTimeRate, double satisfactionRate) {
    }
}
