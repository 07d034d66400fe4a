package org.minsheng.cases.application;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.minsheng.cases.api.CaseDetails;
import org.minsheng.cases.api.DuplicateHint;
import org.minsheng.cases.api.ParticipantView;
import org.minsheng.cases.api.QueueItem;
import org.minsheng.cases.api.RoutingSuggestion;
import org.minsheng.cases.api.TimelineEntry;
import org.minsheng.cases.domain.Answer;
import org.minsheng.cases.domain.CaseFile;
import org.minsheng.cases.domain.CaseParticipant;
import org.minsheng.cases.domain.CaseStep;
import org.minsheng.cases.domain.Letter;
import org.minsheng.cases.domain.NotAcceptedReason;
import org.minsheng.cases.domain.SubStatusLabel;
import org.minsheng.cases.domain.TextFindings;
import org.minsheng.cases.domain.TimeLimit;

/** Turns cases into what residents and staff see; residents never see staff-only facts. */
final class CaseViews {

    private CaseViews() {
    }

    /**
     * The case's details. {@code shown} is the case whose status and answer are shown: the case
     * itself, or for a merged case its master.
     */
    static CaseDetails details(CaseFile c, CaseFile shown, boolean forStaff, List<CaseStep> steps,
                               List<CaseParticipant> participants, List<SubStatusLabel> labels,
                               List<String> notifications) {
        Map<String, SubStatusLabel> byCode = labels.stream()
                .collect(Collectors.toMap(SubStatusLabel::code, Function.identity()));
        String subStatus = shown.disposition().subStatus();
        SubStatusLabel sub = subStatus == null ? null : byCode.get(subStatus);
        List<TimelineEntry> timeline = steps.stream()
                .filter(s -> forStaff || s.shownToResident())
                .map(s -> new TimelineEntry(s.occurredAt(), s.kind().name(), s.kind().labelZh(), s.kind().labelEn(),
                        forStaff ? s.actor() : null, s.note()))
                .toList();
        List<ParticipantView> parts = forStaff ? participants.stream()
                .map(p -> new ParticipantView(p.departmentCode(), p.role().name(), p.role().labelZh(), p.role().labelEn(),
                        p.opinion(), p.opinionBy(), p.opinionAt(), p.dueAt(), p.warningLevel().name(),
                        p.warningLevel().labelZh(), p.warningLevel().labelEn()))
                .toList() : List.of();
        Letter letter = c.letter();
        NotAcceptedReason refused = c.disposition().notAcceptedReason();
        TextFindings found = c.findings();
        Answer answer = shown.answer();
        TimeLimit limit = shown.timeLimit();
        return new CaseDetails(c.id(), c.trackingNumber(), c.channel().name(), c.channel().labelZh(),
                c.channel().labelEn(), letter.leaderCode(), letter.title(), letter.body(), c.resident().name(),
                forStaff ? c.resident().mobile() : null, c.resident().publicRequested(), shown.status().name(),
                shown.status().labelZh(), shown.status().labelEn(), shown.departmentCode(), c.receivedAt(),
                answer.answeredAt(), answer.text(), answer.isPublished(), c.version(),
                forStaff ? found.category() : null, forStaff ? found.confidence() : null,
                forStaff ? suggestions(found) : List.of(), forStaff && found.isUrgent(),
                forStaff ? found.urgencyReason() : null, forStaff ? duplicateHints(found) : List.of(),
                forStaff ? sensitiveWords(c) : null, forStaff && c.answer().isHeldForReview(),
                letter.caseType().name(), letter.caseType().labelZh(), letter.caseType().labelEn(),
                shown.disposition().statusNote(), refused == null ? null : refused.labelZh(),
                refused == null ? null : refused.labelEn(), forStaff ? c.disposition().leaderInstruction() : null,
                forStaff ? c.answer().draft() : null, limit.dueAt(), limit.limitDays(), limit.warningLevel().name(),
                limit.warningLevel().labelZh(), limit.warningLevel().labelEn(), c.feedback().redoCount(),
                forStaff ? c.timeLimit().extensionDays() : null, forStaff ? c.timeLimit().extensionReason() : null,
                c.feedback().rating(), c.feedback().comment(),
                shown == c ? null : shown.trackingNumber(), sub == null ? null : sub.labelZh(),
                sub == null ? null : sub.labelEn(), timeline, parts, notifications);
    }

    /** The sensitive words found in the message as staff read them, or null when there are none. */
    static String sensitiveWords(CaseFile c) {
        List<String> words = c.findings().sensitiveWords();
        return words.isEmpty() ? null : String.join("、", words);
    }

    private static List<RoutingSuggestion> suggestions(TextFindings found) {
        return found.suggestions().stream()
                .map(s -> new RoutingSuggestion(s.category(), s.departmentCode(), s.confidence()))
                .toList();
    }

    private static List<DuplicateHint> duplicateHints(TextFindings found) {
        return found.duplicates().stream().map(d -> new DuplicateHint(d.trackingNumber(), d.score())).toList();
    }

    static QueueItem queueItem(CaseFile c) {
        TimeLimit limit = c.timeLimit();
        return new QueueItem(c.id(), c.trackingNumber(), c.channel().labelZh(), c.channel().labelEn(),
                c.letter().title(), c.status().name(), c.status().labelZh(), c.status().labelEn(), c.receivedAt(),
                c.findings().category(), c.findings().confidence(), c.findings().isUrgent(), c.departmentCode(),
                limit.dueAt(), limit.warningLevel().name(), limit.warningLevel().labelZh(),
                limit.warningLevel().labelEn(), c.disposition().statusNote());
    }
}
