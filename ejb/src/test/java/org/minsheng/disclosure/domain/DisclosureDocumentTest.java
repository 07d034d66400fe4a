package org.minsheng.disclosure.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DisclosureDocumentTest {

    static final Instant NOW = Instant.parse("2026-11-02T02:00:00Z");

    static DisclosureDocument draft(int levels, Instant publishAt) {
        return new DisclosureDocument("zjj", levels, new DocumentContent("标题", "概述", "正文", "市住建局",
                LocalDate.of(2026, 10, 20), LocalDate.of(2026, 10, 20), "常建发〔2026〕1号", "T-URBAN", "G-NOTICE",
                List.of("物业"), null, publishAt), LocalDate.of(2026, 11, 17), "zjj-editor", NOW);
    }

    @Test
    void everyReviewLevelSignsOffByADifferentApproverBeforePublication() {
        DisclosureDocument d = draft(2, null);
        d.submit();
        assertThat(d.approve("a1", NOW)).isFalse();
        assertThatThrownBy(() -> d.approve("a1", NOW)).isInstanceOf(IllegalDocumentStep.class);
        assertThat(d.approve("a2", NOW)).isTrue();
        assertThat(d.dueForPublication(NOW)).isTrue();
        d.publish(new IndexNumber("11430700MS00000101", 2026, 7), NOW);
        assertThat(d.status()).isEqualTo(DocumentStatus.PUBLISHED);
        assertThat(d.indexNumber()).contains("11430700MS00000101/2026-00007");
        assertThatThrownBy(() -> d.edit(null, null)).isInstanceOf(IllegalDocumentStep.class);
    }

    @Test
    void aRejectionReturnsTheDraftWithTheCommentAndVoidsTheSignOffs() {
        DisclosureDocument d = draft(2, null);
        d.submit();
        d.approve("a1", NOW);
        d.reject("文号有误");
        assertThat(d.status()).isEqualTo(DocumentStatus.DRAFT);
        assertThat(d.rejectComment()).isEqualTo("文号有误");
        assertThat(d.approvals()).isEmpty();
        assertThatThrownBy(() -> d.approve("a2", NOW)).isInstanceOf(IllegalDocumentStep.class);
    }

    @Test
    void aScheduledDocumentWaitsForItsTime() {
        DisclosureDocument d = draft(1, NOW.plusSeconds(3600));
        d.submit();
        assertThat(d.approve("a1", NOW)).isTrue();
        assertThat(d.dueForPublication(NOW)).isFalse();
        assertThat(d.dueForPublication(NOW.plusSeconds(3600))).isTrue();
    }

    @Test
    void lateAfterTheDueDayAndFlaggedOnce() {
        DisclosureDocument d = draft(1, null);
        assertThat(d.isLate(LocalDate.of(2026, 11, 17))).isFalse();
        assertThat(d.isLate(LocalDate.of(2026, 11, 18))).isTrue();
        assertThat(d.flagLate()).isTrue();
        assertThat(d.flagLate()).isFalse();
    }

    @Test
    void onlyPublishedDocumentsChangeValidityAndReplacementIsKeptOnlyWhenItMatters() {
        DisclosureDocument d = draft(1, null);
        assertThatThrownBy(() -> d.changeValidity(Validity.REPEALED, 5L)).isInstanceOf(IllegalDocumentStep.class);
        d.submit();
        d.approve("a1", NOW);
        d.publish(new IndexNumber("11430700MS00000101", 2026, 1), NOW);
        d.changeValidity(Validity.REPEALED, 5L);
        assertThat(d.replacedById()).isEqualTo(5L);
        d.changeValidity(Validity.EXPIRED, 5L);
        assertThat(d.replacedById()).isNull();
    }
}
