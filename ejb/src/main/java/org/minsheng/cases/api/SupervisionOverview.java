package org.minsheng.cases.api;

import java.util.List;

/** Electronic supervision (电子监察): open cases per department by warning level, and the cases at risk. */
public record SupervisionOverview(List<DepartmentLoad> departments, List<QueueItem> atRisk) {

    public record DepartmentLoad(String departmentCode, String name, long open, long yellow, long red) {
    }
}
