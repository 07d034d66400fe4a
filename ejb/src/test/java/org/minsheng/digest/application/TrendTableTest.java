package org.minsheng.digest.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.minsheng.digest.api.TrendRow;

class TrendTableTest {

    private final Map<String, Long> daily = Map.of(
            "district|武陵区|2026-11-23", 2L, // Monday of week 48
            "district|武陵区|2026-11-29", 2L, // Sunday of week 48
            "district|武陵区|2026-11-30", 6L, // Monday of week 49
            "district|鼎城区|2026-11-30", 1L,
            "category|城乡建设|2026-11-30", 9L);

    @Test
    void weeksAreSumsOfTheirDaysWithTheChangeAgainstTheWeekBefore() {
        List<TrendRow> rows = TrendTable.rows(daily, "district", true, LocalDate.parse("2026-12-01"), 1);
        assertThat(rows).containsExactly(
                new TrendRow("district", "武陵区", "2026-W49", 6, 4, 50.0),
                new TrendRow("district", "鼎城区", "2026-W49", 1, 0, null));
    }

    @Test
    void daysCompareWithTheDayBefore() {
        List<TrendRow> rows = TrendTable.rows(daily, "district", false, LocalDate.parse("2026-11-30"), 2);
        assertThat(rows).filteredOn(r -> r.value().equals("武陵区")).containsExactly(
                new TrendRow("district", "武陵区", "2026-11-29", 2, 0, null),
                new TrendRow("district", "武陵区", "2026-11-30", 6, 2, 200.0));
    }
}
