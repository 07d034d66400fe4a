package org.minsheng.disclosure.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.minsheng.audit.api.AuditTrail;
import org.minsheng.disclosure.api.AnnualReportView;
import org.minsheng.disclosure.api.RemedyRow;
import org.minsheng.disclosure.api.ReportRow;
import org.minsheng.disclosure.domain.AnswerType;
import org.minsheng.disclosure.domain.DisclosureClass;
import org.minsheng.disclosure.domain.DisclosureRepository;
import org.minsheng.disclosure.domain.LegalReason;
import org.minsheng.disclosure.domain.Remedy;
import org.minsheng.disclosure.domain.ReportRepository;
import org.minsheng.disclosure.domain.RequestYear;
import org.minsheng.disclosure.domain.TablePrinter;
import org.minsheng.identity.api.Roles;
import org.minsheng.shared.error.Forbidden;
import org.minsheng.shared.error.Validation;
import org.minsheng.shared.security.Caller;
import org.minsheng.shared.time.CityTime;
import org.minsheng.site.api.SiteDirectory;

/**
 * The annual report's statistical tables (政府信息公开工作年度报告), counted from the data, and the
 * reconsiderations and lawsuits that staff enter; as a record and as a PDF.
 */
@Stateless
@RolesAllowed({Roles.EDITOR, Roles.DEPT_ADMIN, Roles.ADMIN})
public class AnnualReports {

    @Inject
    ReportRepository reports;

    @Inject
    DisclosureRepository catalogue;

    @Inject
    DisclosureAccess access;

    @Inject
    SiteDirectory site;

    @Inject
    TablePrinter printer;

    @Inject
    AuditTrail audit;

    @Inject
    Caller caller;

    /** The report of a body (its own for staff of a body; any or all, with null, for the platform). */
    public AnnualReportView report(int year, String bodyCode) {
        String body = body(year, bodyCode);
        Map<String, Long> byGenre = reports.publishedByGenre(body,
                LocalDate.of(year, 1, 1).atStartOfDay(CityTime.ZONE).toInstant(),
                LocalDate.of(year + 1, 1, 1).atStartOfDay(CityTime.ZONE).toInstant());
        List<ReportRow> publications = new ArrayList<>();
        for (DisclosureClass c : catalogue.classes()) {
            if (c.kind().equals(DisclosureClass.GENRE)) {
                publications.add(new ReportRow(c.code(), c.nameZh(), c.nameEn(), byGenre.getOrDefault(c.code(), 0L)));
            }
        }
        RequestYear y = RequestYear.count(reports.receivedUntil(body, LocalDate.of(year, 12, 31)), year);
        List<ReportRow> answers = new ArrayList<>();
        for (AnswerType t : AnswerType.values()) {
            answers.add(new ReportRow(t.name(), t.labelZh(), t.labelEn(), y.answers().getOrDefault(t, 0L)));
        }
        List<ReportRow> reasons = new ArrayList<>();
        for (LegalReason r : LegalReason.values()) {
            reasons.add(new ReportRow(r.name(), r.labelZh(), r.labelEn(), y.reasons().getOrDefault(r, 0L)));
        }
        List<RemedyRow> remedies = new ArrayList<>();
        reports.remedies(body, year).forEach((remedy, outcomes) -> remedies.add(new RemedyRow(remedy.name(),
                remedy.labelZh(), remedy.labelEn(), outcomes.getOrDefault(Remedy.Outcome.UPHELD, 0),
                outcomes.getOrDefault(Remedy.Outcome.CORRECTED, 0), outcomes.getOrDefault(Remedy.Outcome.OTHER, 0),
                outcomes.getOrDefault(Remedy.Outcome.PENDING, 0))));
        String name = body == null ? "全部公开主体" : site.department(body).map(d -> d.name()).orElse(body);
        return new AnnualReportView(year, body, name, publications,
                publications.stream().mapToLong(ReportRow::count).sum(), y.fromPersons(), y.fromOrganisations(),
                y.carriedOver(), answers, answers.stream().mapToLong(ReportRow::count).sum(), reasons,
                y.carriedForward(), remedies);
    }

    public byte[] pdf(int year, String bodyCode) {
        AnnualReportView r = report(year, bodyCode);
        List<TablePrinter.Table> tables = new ArrayList<>();
        tables.add(new TablePrinter.Table("一、主动公开政府信息情况（按体裁）", List.of("体裁", "本年发布数"),
                rows(r.publications(), "合计", r.publishedTotal())));
        tables.add(new TablePrinter.Table("二、收到政府信息公开申请情况", List.of("项目", "数量"), List.of(
                List.of("本年新收申请：自然人", String.valueOf(r.receivedFromPersons())),
                List.of("本年新收申请：法人或其他组织", String.valueOf(r.receivedFromOrganisations())),
                List.of("上年结转申请", String.valueOf(r.carriedOver())))));
        tables.add(new TablePrinter.Table("三、申请处理结果（按答复类型）", List.of("答复类型", "数量"),
                rows(r.answers(), "合计", r.answeredTotal())));
        tables.add(new TablePrinter.Table("四、不予公开及部分公开的理由", List.of("理由", "数量"),
                rows(r.reasons(), null, 0)));
        tables.add(new TablePrinter.Table("五、结转下年度继续办理", List.of("项目", "数量"),
                List.of(List.of("结转下年度", String.valueOf(r.carriedForward())))));
        List<List<String>> remedies = new ArrayList<>();
        for (RemedyRow m : r.remedies()) {
            remedies.add(List.of(m.labelZh(), String.valueOf(m.upheld()), String.valueOf(m.corrected()),
                    String.valueOf(m.other()), String.valueOf(m.pending()), String.valueOf(m.total())));
        }
        tables.add(new TablePrinter.Table("六、行政复议和行政诉讼情况",
                List.of("类别", "结果维持", "结果纠正", "其他结果", "尚未审结", "总计"), remedies));
        return printer.print(r.year() + "年政府信息公开工作年度报告（统计表）", r.bodyName(), tables);
    }

    private static List<List<String>> rows(List<ReportRow> rows, String totalLabel, long total) {
        List<List<String>> out = new ArrayList<>();
        rows.forEach(row -> out.add(List.of(row.labelZh(), String.valueOf(row.count()))));
        if (totalLabel != null) {
            out.add(List.of(totalLabel, String.valueOf(total)));
        }
        return out;
    }

    /** Staff of the body enter how many reconsiderations or lawsuits ended (or are pending) with each outcome. */
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public AnnualReportView enterRemedies(int year, String bodyCode, String remedy, Map<String, Integer> outcomes) {
        Remedy kind = java.util.Arrays.stream(Remedy.values()).filter(r -> r.name().equals(remedy)).findFirst()
                .orElse(null);
        Validation v = new Validation().require(kind != null, "kind", "请选择行政复议或行政诉讼",
                "Choose reconsideration or litigation");
        for (Remedy.Outcome o : Remedy.Outcome.values()) {
            Integer n = outcomes == null ? null : outcomes.get(o.name());
            v.require(n == null || (n >= 0 && n <= 100_000), o.name(), "件数应为0至100000", "A count is 0 to 100000");
        }
        v.require(bodyCode != null && catalogue.body(bodyCode).isPresent(), "bodyCode", "没有这个信息公开主体",
                "There is no such disclosing body").throwIfInvalid();
        String body = body(year, bodyCode);
        for (Remedy.Outcome o : Remedy.Outcome.values()) {
            Integer n = outcomes.get(o.name());
            if (n != null) {
                reports.setRemedy(body, year, kind, o, n, caller.name());
            }
        }
        audit.record(caller.name(), "disclosure.report.remedies", "disclosure-report", body + "/" + year,
                kind.name() + " " + outcomes);
        return report(year, body);
    }

    private String body(int year, String bodyCode) {
        new Validation().require(year >= 2008 && year <= 2100, "year", "年份不在有效范围内", "The year is out of range")
                .require(bodyCode == null || bodyCode.isBlank() || catalogue.body(bodyCode).isPresent(), "body",
                        "没有这个信息公开主体", "There is no such disclosing body")
                .throwIfInvalid();
        String visible = access.visibleBody();
        String wanted = bodyCode == null || bodyCode.isBlank() ? visible : bodyCode;
        if (visible != null && !visible.equals(wanted)) {
            throw new Forbidden("只能查看本单位的年度报告", "You can read only your own body's report");
        }
        return wanted;
    }
}
