package org.minsheng.cases.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.minsheng.cases.api.BoardEntry;
import org.minsheng.cases.api.PublicAnswer;
import org.minsheng.cases.domain.BoardFilter;
import org.minsheng.cases.domain.CaseFile;
import org.minsheng.cases.domain.CaseRepository;
import org.minsheng.cases.domain.CaseStatus;
import org.minsheng.cases.domain.Channel;
import org.minsheng.nlp.api.TextInsightsFacade;
import org.minsheng.shared.paging.Page;

/** The public board of published answers. */
@Stateless
public class BoardService {

    @Inject
    CaseRepository cases;

    @Inject
    CaseClock caseClock;

    @Inject
    TextInsightsFacade insights;

    @Inject
    PublicAnswers publicAnswers;

    /**
     * The board filtered by channel, department, category and status (codes; blank or unknown
     * values do not filter).
     */
    @PermitAll
    public Page<BoardEntry> board(String channel, String departmentCode, String category, String status, int page,
                                  int size) {
        return board(new BoardFilter(Inputs.enumValue(Channel.class, channel), Inputs.blankToNull(departmentCode),
                Inputs.blankToNull(category), Inputs.enumValue(CaseStatus.class, status)), page, size);
    }

    @PermitAll
    public Page<BoardEntry> board(int page, int size) {
        return board(BoardFilter.NONE, page, size);
    }

    /** One published answer's page, with the hash approved for it; empty when it is not on the board. */
    @PermitAll
    public Optional<PublicAnswer> answer(String trackingNumber) {
        return cases.byTrackingNumber(trackingNumber)
                .filter(c -> c.answer().isPublished() && c.channel() != Channel.REPORT_MAILBOX)
                .map(c -> new PublicAnswer(boardEntry(c), publicAnswers.expectedHash(c.trackingNumber()).orElse(null)));
    }

    private Page<BoardEntry> board(BoardFilter filter, int page, int size) {
        int p = Math.max(1, page);
        int s = Math.max(1, Math.min(size, Page.MAX_SIZE));
        List<BoardEntry> items = cases.published(filter, (p - 1) * s, s).stream().map(this::boardEntry).toList();
        return new Page<>(items, p, s, cases.countPublished(filter));
    }

    /** Published text never shows phone, ID-card, plate numbers or e-mail addresses. */
    private BoardEntry boardEntry(CaseFile c) {
        long days = caseClock.workingDaysBetween(c.receivedAt(), c.answer().answeredAt());
        return new BoardEntry(c.trackingNumber(), c.channel().name(), c.channel().labelZh(), c.channel().labelEn(),
                insights.mask(c.letter().title()), insights.mask(c.letter().body()), c.departmentCode(),
                c.receivedAt(), c.answer().answeredAt(), insights.mask(c.answer().text()), days);
    }
}
