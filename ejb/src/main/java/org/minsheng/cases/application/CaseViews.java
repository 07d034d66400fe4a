package org.minsheng.cases.application;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.minsheng.cases.api.CaseDetails;
import org.minsheng.cases.api.DuplicateHint;
import org.minsheng.cases.api.ParticipantView;
import org.minsheng.cases.api.QueueItem;
import org.minsheng.cases.api.TimelineEntry;
import org.minsheng.cases.domain.CaseFile;
import org.minsheng.cases.domain.CaseParticipant;
import org.minsheng.cases.domain.CaseStep;
import org.minsheng.cases.domain.SubStatusLabel;

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
        SubStatusLabel sub = shown.subStatus() == null ? null : byCode.get(shown.subStatus());
        List<TimelineEntry> timeline = steps.stream()
                .filter(s -> forStaff || s.shownToResident())
                .map(s -> new TimelineEntry(s.occurredAt(), s.kind().name(), s.kind().labelZh(), s.kind().labelEn(),
                        forStaff ? s.actor() : null, s.note()))
                .toList();
        List<ParticipantView> parts = forStaff ? participants.stream()
                .map(p -> new ParticipantView(p.departmentCode(), p.role().name(), p.role().labelZh(), p.role().labelEn(),
                        p.opinion(), p.opinionBy(), p.opinionAt()))
                .toList() : List.of();
        return new CaseDetails(c.id(), c.trackingNumber(), c.channel().name(), c.channel().labelZh(),
                c.channel().labelEn(), c.leaderCode(), c.title(), c.body(), c.residentName(),
                forStaff ? c.residentMobile() : null, c.publicRequested(), shown.status().name(),
                shown.status().labelZh(), shown.status().labelEn(), shown.departmentCode(), c.receivedAt(),
                shown.answeredAt(), shown.reply(), shown.isPublished(), c.version(), forStaff ? c.category() : null,
                forStaff ? c.confidence() : null,
                forStaff ? CaseAnalysis.parseSuggestions(c.suggestions()) : List.of(), forStaff && c.isUrgent(),
                forStaff ? c.urgencyReason() : null, forStaff ? duplicateHints(c.duplicates()) : List.of(),
                forStaff ? c.moderationHits() : null, forStaff && c.isHeldForReview(),
                c.caseType().name(), c.caseType().labelZh(), c.caseType().labelEn(), shown.statusNote(),
                c.notAcceptedReason() == null ? null : c.notAcceptedReason().labelZh(),
                c.notAcceptedReason() == null ? null : c.notAcceptedReason().labelEn(),
                forStaff ? c.leaderInstruction() : null, forStaff ? c.draftReply() : null, shown.dueAt(),
                shown.limitDays(), shown.warningLevel().name(), shown.warningLevel().labelZh(),
                shown.warningLevel().labelEn(), c.redoCount(), forStaff ? c.extensionDays() : null,
                forStaff ? c.extensionReason() : null, c.rating(), c.ratingComment(),
                shown == c ? null : shown.trackingNumber(), sub == null ? null : sub.labelZh(),
                sub == null ? null : sub.labelEn(), timeline, parts, notifications);
    }

    static List<DuplicateHint> duplicateHints(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split(";")).map(part -> part.split("\\|"))
                .filter(p -> p.length == 2)
                .map(p -> new DuplicateHint(p[0], Double.parseDouble(p[1])))
                .toList();
    }

    static QueueItem queueItem(CaseFile c) {
        return new QueueItem(c.id(), c.trackingNumber(), c.channel().labelZh(), c.channel().labelEn(), c.title(),
                c.status().name(), c.status().labelZh(), c.status().labelEn(), c.receivedAt(), c.category(),
                c.confidence(), c.isUrgent(), c.departmentCode(), c.dueAt(), c.warningLevel().name(),
                c.warningLevel().labelZh(), c.warningLevel().labelEn(), c.statusNote());
    }
}
