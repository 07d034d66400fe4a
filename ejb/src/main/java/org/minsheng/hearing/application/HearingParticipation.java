package org.minsheng.hearing.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.minsheng.hearing.api.CommentView;
import org.minsheng.hearing.api.HearingSummary;
import org.minsheng.hearing.api.HearingView;
import org.minsheng.hearing.api.NewComment;
import org.minsheng.hearing.domain.Hearing;
import org.minsheng.hearing.domain.HearingComment;
import org.minsheng.hearing.domain.HearingRepository;
import org.minsheng.hearing.domain.HearingStatus;
import org.minsheng.identity.api.Roles;
import org.minsheng.nlp.api.ModerationDecision;
import org.minsheng.nlp.api.TextInsightsFacade;
import org.minsheng.shared.error.Conflict;
import org.minsheng.shared.error.Validation;
import org.minsheng.shared.security.Caller;

/** Residents read drafts and comment on them, signed in or with their name and mobile. */
@Stateless
public class HearingParticipation {

    @Inject
    HearingRepository hearings;

    @Inject
    HearingRecords records;

    @Inject
    TextInsightsFacade insights;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @PermitAll
    public List<HearingSummary> list() {
        return hearings.all(null, 200).stream().map(records::summary).toList();
    }

    @PermitAll
    public HearingView hearing(String id) {
        return records.view(records.find(id));
    }

    /** A comment, held for moderation; shown once a moderator approves it. */
    @PermitAll
    public CommentView comment(String id, NewComment comment) {
        Hearing hearing = records.find(id);
        if (hearing.status(clock.instant()) != HearingStatus.OPEN) {
            throw new Conflict("意见征集期已结束，不再接受意见", "The comment period has ended");
        }
        boolean resident = caller.isInRole(Roles.RESIDENT);
        int section = comment.section() == null ? 0 : comment.section();
        int sections = hearing.current().sections().size();
        Validation v = new Validation()
                .require(section >= 0 && section <= sections, "section", "没有该章节", "No such section")
                .text(comment.text(), "text", "意见", "Comment", 2000, true);
        if (!resident) {
            v.text(comment.name(), "name", "姓名", "Name", 40, true)
                    .require(comment.mobile() != null && comment.mobile().strip().matches("1\\d{10}"), "mobile",
                            "请填写11位手机号码", "Enter an 11-digit mobile number");
        }
        v.throwIfInvalid();
        String name = resident && (comment.name() == null || comment.name().isBlank()) ? caller.name()
                : comment.name().strip();
        String text = comment.text().strip();
        HearingComment stored = new HearingComment(UUID.randomUUID().toString(), hearing.id(),
                hearing.current().number(), section, name.length() > 40 ? name.substring(0, 40) : name,
                resident ? null : comment.mobile().strip(), resident ? caller.name() : null, text,
                insights.mask(text), insights.moderate(text).decision() == ModerationDecision.HOLD_FOR_REVIEW,
                clock.instant());
        hearings.add(stored);
        return HearingRecords.comment(stored, false);
    }
}
