package org.minsheng.cases.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.minsheng.cases.domain.CaseFile;
import org.minsheng.cases.domain.SimilarReplies;
import org.minsheng.identity.api.Roles;
import org.minsheng.nlp.api.ReplyQualityFacade;
import org.minsheng.nlp.api.ReplyQualityReport;
import org.minsheng.shared.error.Validation;

/**
 * The reply-quality check (答复质量) of a case's reply: a text the handler is drafting, or the
 * draft under review. It advises the handler and the reviewer and changes nothing.
 */
@Stateless
public class ReplyQualityReview {

    /** How many recent answers of the same category are the yardstick for length. */
    static final int SIMILAR = 20;

    @Inject
    CaseAccess access;

    @Inject
    SimilarReplies similar;

    @Inject
    ReplyQualityFacade quality;

    /** Checks {@code reply}, or the case's draft under review when {@code reply} is blank. */
    @RolesAllowed({Roles.HANDLER, Roles.DEPT_ADMIN, Roles.REVIEWER, Roles.DISCIPLINE, Roles.ADMIN})
    public ReplyQualityReport check(String caseId, String reply) {
        CaseFile c = access.visible(caseId);
        String text = reply == null || reply.isBlank() ? c.answer().draft() : reply;
        new Validation()
                .text(text, "reply", "答复内容", "Reply", 4000, true)
                .throwIfInvalid();
        return quality.check(c.letter().title(), c.letter().body(), text,
                similar.answerLengths(c.findings().category(), c.id(), SIMILAR));
    }
}
