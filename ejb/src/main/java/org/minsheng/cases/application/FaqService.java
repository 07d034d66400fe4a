package org.minsheng.cases.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.minsheng.audit.api.AuditTrail;
import org.minsheng.cases.api.FaqView;
import org.minsheng.cases.domain.CaseFile;
import org.minsheng.cases.domain.CaseRepository;
import org.minsheng.cases.domain.CaseStatus;
import org.minsheng.cases.domain.CaseType;
import org.minsheng.cases.domain.FaqEntry;
import org.minsheng.cases.domain.FaqRepository;
import org.minsheng.identity.api.Roles;
import org.minsheng.nlp.api.TextInsightsFacade;
import org.minsheng.search.api.SearchableContentPublished;
import org.minsheng.shared.error.Conflict;
import org.minsheng.shared.error.NotFound;
import org.minsheng.shared.error.Validation;

/**
 * Frequently asked questions (常见问题): good consultation answers turned into entries that
 * residents see before they submit a similar question.
 */
@Stateless
public class FaqService {

    /** FAQ entries searched per question; the list stays small enough to score in memory. */
    private static final int SEARCHED = 1000;

    @Inject
    Clock clock;

    @Inject
    FaqRepository faq;

    @Inject
    CaseRepository cases;

    @Inject
    TextInsightsFacade insights;

    @Inject
    AuditTrail audit;

    @Inject
    Event<SearchableContentPublished> searchPublished;

    @Resource
    SessionContext session;

    /** Publishes an answered consultation as an FAQ entry; question and answer may be edited first. */
    @RolesAllowed({Roles.REVIEWER, Roles.DEPT_ADMIN, Roles.ADMIN})
    public FaqView publish(String caseId, String question, String answer) {
        CaseFile c = cases.byId(caseId).orElseThrow(() -> new NotFound("没有找到该件", "No such case"));
        String q = question == null || question.isBlank() ? c.letter().title() : question.strip();
        String a = answer == null || answer.isBlank() ? c.answer().text() : answer.strip();
        new Validation()
                .require(c.letter().caseType() == CaseType.CONSULTATION, "caseId", "只有咨询件的答复可以转为常见问题",
                        "Only consultation answers become FAQ entries")
                .require(c.status() == CaseStatus.ANSWERED || c.status() == CaseStatus.CLOSED, "caseId",
                        "该件尚未答复", "The case is not answered yet")
                .text(q, "question", "问题", "Question", 200, true)
                .text(a, "answer", "解答", "Answer", 4000, true)
                .throwIfInvalid();
        if (faq.existsForCase(caseId)) {
            throw new Conflict("该件已转为常见问题", "This case is already an FAQ entry");
        }
        FaqEntry entry = new FaqEntry(insights.mask(q), insights.mask(a), c.departmentCode(), caseId, clock.instant());
        faq.add(entry);
        searchPublished.fire(new SearchableContentPublished(FaqSearchSource.document(entry)));
        audit.record(session.getCallerPrincipal().getName(), "faq.publish", "case", caseId, q);
        return view(entry);
    }

    /** The answer of a case known by its tracking number, as it stands (demo data, migrations). */
    @RolesAllowed(Roles.ADMIN)
    public FaqView publishAnswerOf(String trackingNumber) {
        CaseFile c = cases.byTrackingNumber(trackingNumber)
                .orElseThrow(() -> new NotFound("没有找到该件", "No such case"));
        return publish(c.id(), null, null);
    }

    /** The entries most like a question a resident is about to ask, best first. */
    @PermitAll
    public List<FaqView> similarTo(String text, int limit) {
        if (text == null || text.isBlank()) {
            return faq.latest(Math.max(1, Math.min(limit, 50))).stream().map(FaqService::view).toList();
        }
        List<String> keywords = insights.analyse(text.strip(), "").keywords();
        return faq.latest(SEARCHED).stream()
                .map(f -> Map.entry(f, f.relevanceTo(keywords)))
                .filter(e -> e.getValue() > 0)
                .sorted(Comparator.comparing((Map.Entry<FaqEntry, Integer> e) -> e.getValue()).reversed())
                .limit(Math.max(1, Math.min(limit, 20)))
                .map(e -> view(e.getKey()))
                .toList();
    }

    private static FaqView view(FaqEntry f) {
        return new FaqView(f.id(), f.question(), f.answer(), f.departmentCode(), f.createdAt());
    }
}
