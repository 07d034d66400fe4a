package org.minsheng.cases.api;

import java.util.List;

/** Published monthly figures (received, answered, on-time rate, satisfaction), in all and per department. */
public record MonthlyStatistics(String month, long received, long answered, double onTimeRate,
                                double satisfactionRate, double averageRating, List<DepartmentRow> departments) {

    public record DepartmentRow(String departmentCode, String name, long received, long answered, double onTimeRate,
                                double satisfactionRate) {
    }
}
