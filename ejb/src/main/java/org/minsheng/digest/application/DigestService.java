package org.minsheng.digest.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.minsheng.digest.api.DigestAlert;
import org.minsheng.digest.api.DigestWindow;
import org.minsheng.digest.api.HotTopicView;
import org.minsheng.digest.api.ReceivedCount;
import org.minsheng.digest.api.Scorecard;
import org.minsheng.digest.api.TrendRow;
import org.minsheng.digest.domain.DepartmentTally;
import org.minsheng.identity.api.Roles;
import org.minsheng.shared.error.Unavailable;
import org.minsheng.shared.error.Validation;
import org.minsheng.shared.time.CityTime;
import org.minsheng.site.api.DepartmentView;
import org.minsheng.site.api.SiteDirectory;

/** Leaders' questions to the digest, answered from the topology's state stores. */
@Stateless
public class DigestService {

    public static final List<String> DIMENSIONS = List.of("category", "district", "department", "channel");

    @Inject
    DigestStore streams;

    @Inject
    SiteDirectory site;

    @Inject
    Clock clock;

    @RolesAllowed({Roles.LEADER, Roles.DISPATCHER, Roles.ADMIN})
    public List<ReceivedCount> receivedPerDayAndChannel() {
        List<ReceivedCount> counts = new ArrayList<>(ready(streams::receivedByDayChannel));
        counts.sort(Comparator.comparing(ReceivedCount::day).reversed().thenComparing(ReceivedCount::channel));
        return counts;
    }

    @RolesAllowed({Roles.LEADER, Roles.ADMIN})
    public List<HotTopicView> hotTopics(DigestWindow window, int limit) {
        return HotTopicRanking.rank(ready(streams::hotTopics), window, clock.instant(), Math.max(1, Math.min(limit, 50)));
    }

    /** Per value of {@code dimension}: the last {@code periods} days or weeks with their change. */
    @RolesAllowed({Roles.LEADER, Roles.ADMIN})
    public List<TrendRow> trends(String dimension, boolean weekly, int periods) {
        if (!DIMENSIONS.contains(dimension)) {
            new Validation().require(false, "dimension", "维度须为 category、district、department 或 channel",
                    "The dimension must be category, district, department or channel").throwIfInvalid();
        }
        LocalDate today = clock.instant().atZone(CityTime.ZONE).toLocalDate();
        List<TrendRow> rows = TrendTable.rows(ready(streams::dailyCounts), dimension, weekly, today,
                Math.max(1, Math.min(periods, 120)));
        if (!"department".equals(dimension)) {
            return rows;
        }
        return rows.stream().map(r -> new TrendRow(r.dimension(), name(r.value()), r.period(), r.count(), r.previous(),
                r.changePercent())).toList();
    }

    /** The league table: highest closed rate first, then the fastest. */
    @RolesAllowed({Roles.LEADER, Roles.ADMIN})
    public List<Scorecard> scorecards() {
        List<Scorecard> cards = new ArrayList<>();
        ready(streams::tallies).forEach((code, t) -> cards.add(card(code, t)));
        cards.sort(Comparator.comparingDouble(Scorecard::closedRate).reversed()
                .thenComparingDouble(Scorecard::averageWorkingDays).thenComparing(Scorecard::departmentCode));
        return cards;
    }

    @RolesAllowed({Roles.LEADER, Roles.ADMIN})
    public List<DigestAlert> alerts() {
        return ready(streams::alerts).stream().sorted(Comparator.comparing(DigestAlert::raisedAt).reversed()).toList();
    }

    private Scorecard card(String code, DepartmentTally t) {
        return new Scorecard(code, name(code), t.received(), t.answered(), t.answeredOnTime(), t.closed(),
                share(t.closed(), t.received()), Math.round(t.averageWorkingDays() * 10) / 10.0, t.p90WorkingDays(),
                t.satisfaction(), share(t.reopened(), t.received()), share(t.returned(), t.received()));
    }

    private String name(String code) {
        return site.department(code).map(DepartmentView::name).orElse(code);
    }

    private static double share(long part, long whole) {
        return whole == 0 ? 0 : Math.round(part * 1000.0 / whole) / 1000.0;
    }

    private <T> T ready(Supplier<Optional<T>> read) {
        return read.get().orElseThrow(() -> new Unavailable(
                "舆情汇总正在启动（" + streams.state() + "），请稍后再试",
                "The digest is starting (" + streams.state() + "); try again shortly"));
    }
}
