package org.minsheng.cases.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.minsheng.audit.api.AuditTrail;
import org.minsheng.cases.api.MonthlyStatistics;
import org.minsheng.cases.api.QueueItem;
import org.minsheng.cases.api.SupervisionOverview;
import org.minsheng.cases.domain.CaseClosed;
import org.minsheng.cases.domain.CaseEscalated;
import org.minsheng.cases.domain.CaseFile;
import org.minsheng.cases.domain.CaseRepository;
import org.minsheng.cases.domain.CaseStatus;
import org.minsheng.cases.domain.DepartmentFigures;
import org.minsheng.cases.domain.StepKind;
import org.minsheng.cases.domain.WarningLevel;
import org.minsheng.identity.api.Roles;
import org.minsheng.shared.error.Validation;
import org.minsheng.shared.events.DomainEvent;
import org.minsheng.shared.time.CityTime;
import org.minsheng.site.api.SiteDirectory;

/**
 * Electronic supervision (电子监察): warnings as time limits near (催办 to the handlers) and pass
 * (督办 to the department head and the leaders), closing answers nobody rated, the supervision
 * view, and the monthly statistics the portal publishes.
 */
@Stateless
public class SupervisionService {

    @Inject
    Clock clock;

    @Inject
    CaseRepository cases;

    @Inject
    CaseSteps steps;

    @Inject
    CaseClock caseClock;

    @Inject
    CaseNotices notices;

    @Inject
    SiteDirectory site;

    @Inject
    Event<DomainEvent> events;

    @Inject
    @ConfigProperty(name = "minsheng.cases.close-unrated-after-days", defaultValue = "10")
    int closeUnratedAfterDays;

    /**
     * One pass of the supervision timer. Each warning is raised once: the level is stored on the
     * case under its version, so a second node sweeping at the same moment fails its commit
     * instead of warning twice. Returns the number of cases whose level rose.
     */
    @PermitAll
    public int sweep() {
        Instant now = clock.instant();
        double share = caseClock.limits().warningShare();
        int raised = 0;
        for (CaseFile c : cases.underSupervision(500)) {
            WarningLevel level = c.levelAt(now, share);
            if (!c.timeLimit().raiseWarning(level)) {
                continue;
            }
            raised++;
            if (level == WarningLevel.YELLOW) {
                notices.toDepartment(c, "催办：" + c.trackingNumber() + " 即将到期", c.letter().title());
                steps.recorded(c, now, AuditTrail.SYSTEM, StepKind.REMINDED, "即将到期", "case.warning", level.name());
            } else {
                notices.toDepartmentAndHead(c, "督办：" + c.trackingNumber() + " 已超期", c.letter().title());
                notices.toRole(Roles.LEADER, null, c, "督办：" + departmentName(c.departmentCode()) + "超期件 "
                        + c.trackingNumber(), c.letter().title());
                steps.recorded(c, now, AuditTrail.SYSTEM, StepKind.ESCALATED, "已超期", "case.warning", level.name());
            }
            events.fire(new CaseEscalated(c.id(), c.departmentCode(), level, now));
        }
        for (CaseFile c : cases.answeredBefore(now.minus(Duration.ofDays(closeUnratedAfterDays)), 200)) {
            c.closeUnrated(now);
            steps.recorded(c, now, AuditTrail.SYSTEM, StepKind.CLOSED, "逾期未评价，自动办结", "case.close", "unrated");
            events.fire(new CaseClosed(c.id(), c.departmentCode(), now));
        }
        return raised;
    }

    /** Open cases per department by warning level, and the yellow and red cases. */
    @RolesAllowed({Roles.LEADER, Roles.DEPT_ADMIN, Roles.DISPATCHER, Roles.ADMIN})
    public SupervisionOverview overview() {
        List<CaseFile> open = cases.inStatus(CaseStatus.AT_DEPARTMENT, false, 5000);
        Map<String, long[]> counts = new TreeMap<>();
        for (CaseFile c : open) {
            long[] v = counts.computeIfAbsent(c.departmentCode(), k -> new long[3]);
            v[0]++;
            if (c.timeLimit().warningLevel() == WarningLevel.YELLOW) {
                v[1]++;
            } else if (c.timeLimit().warningLevel() == WarningLevel.RED) {
                v[2]++;
            }
        }
        List<SupervisionOverview.DepartmentLoad> loads = counts.entrySet().stream()
                .map(e -> new SupervisionOverview.DepartmentLoad(e.getKey(), departmentName(e.getKey()),
                        e.getValue()[0], e.getValue()[1], e.getValue()[2]))
                .toList();
        List<QueueItem> atRisk = open.stream()
                .filter(c -> c.timeLimit().warningLevel() != WarningLevel.NONE)
                .sorted(java.util.Comparator.comparing((CaseFile c) -> c.timeLimit().dueAt(),
                        java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())))
                .map(CaseViews::queueItem).toList();
        return new SupervisionOverview(loads, atRisk);
    }

    /**
     * The figures of a finished month, published automatically on the portal: the current month
     * is refused until it is over. Report-mailbox cases are never counted in public figures.
     */
    @PermitAll
    public MonthlyStatistics monthly(YearMonth month) {
        YearMonth current = YearMonth.now(clock);
        new Validation().require(month != null && month.isBefore(current) && month.getYear() >= 2000, "month",
                "只公布已结束月份的统计", "Statistics are published for finished months only").throwIfInvalid();
        Instant from = month.atDay(1).atStartOfDay(CityTime.ZONE).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(CityTime.ZONE).toInstant();
        List<DepartmentFigures> figures = cases.figures(from, to);
        long received = figures.stream().mapToLong(DepartmentFigures::received).sum();
        long answered = figures.stream().mapToLong(DepartmentFigures::answered).sum();
        long onTime = figures.stream().mapToLong(DepartmentFigures::onTime).sum();
        long rated = figures.stream().mapToLong(DepartmentFigures::rated).sum();
        long ratingSum = figures.stream().mapToLong(DepartmentFigures::ratingSum).sum();
        long satisfied = figures.stream().mapToLong(DepartmentFigures::satisfied).sum();
        List<MonthlyStatistics.DepartmentRow> rows = figures.stream()
                .filter(f -> f.departmentCode() != null)
                .map(f -> new MonthlyStatistics.DepartmentRow(f.departmentCode(), departmentName(f.departmentCode()),
                        f.received(), f.answered(), f.rated(), f.onTimeRate(), f.satisfactionRate()))
                .toList();
        return new MonthlyStatistics(month.toString(), received, answered, rated, answered == 0 ? 0 : (double) onTime / answered,
                rated == 0 ? 0 : (double) satisfied / rated, rated == 0 ? 0 : (double) ratingSum / rated, rows);
    }

    private String departmentName(String code) {
        return code == null ? "—" : site.department(code).map(d -> d.name()).orElse(code);
    }

}
