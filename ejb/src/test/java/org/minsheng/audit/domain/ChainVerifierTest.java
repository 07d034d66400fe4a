package org.minsheng.audit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChainVerifierTest {

    private static final Instant T0 = Instant.parse("2026-12-07T01:00:00Z");

    /** Five records chained by the sealer's own code: ids 101…105 at seq 1…5. */
    private static List<ChainLink> chain() {
        List<ChainLink> links = new ArrayList<>();
        String previous = AuditHash.GENESIS;
        for (int i = 1; i <= 5; i++) {
            AuditFields fields = new AuditFields(100 + i, T0.plusSeconds(i), "zjj", "case.step", "case", "c-" + i,
                    "detail " + i, false);
            String hash = AuditHash.of(previous, i, fields);
            links.add(new ChainLink(i, fields, previous, hash));
            previous = hash;
        }
        return links;
    }

    private static ChainReport verify(List<ChainLink> links, long headSeq, String headHash) {
        ChainVerifier verifier = new ChainVerifier();
        for (ChainLink link : links) {
            if (!verifier.accept(link)) {
                break;
            }
        }
        return verifier.finish(headSeq, headHash, 0);
    }

    private static String headHash(List<ChainLink> links) {
        return links.get(links.size() - 1).hash();
    }

    @Test
    void anIntactChainVerifiesEveryRecord() {
        List<ChainLink> links = chain();
        ChainReport report = verify(links, 5, headHash(links));
        assertThat(report.intact()).isTrue();
        assertThat(report.verified()).isEqualTo(5);
        assertThat(report.firstBreak()).isNull();
    }

    @Test
    void anEmptyChainIsIntact() {
        assertThat(verify(List.of(), 0, AuditHash.GENESIS).intact()).isTrue();
    }

    @Test
    void aChangedFieldBreaksThatRecordsHash() {
        List<ChainLink> links = chain();
        ChainLink third = links.get(2);
        AuditFields f = third.fields();
        links.set(2, new ChainLink(3, new AuditFields(f.id(), f.occurredAt(), "someone-else", f.action(),
                f.subjectType(), f.subjectId(), f.detail(), f.confidential()), third.previousHash(), third.hash()));
        ChainReport report = verify(links, 5, headHash(links));
        assertThat(report.intact()).isFalse();
        assertThat(report.verified()).isEqualTo(2);
        assertThat(report.firstBreak().recordId()).isEqualTo(103);
        assertThat(report.firstBreak().kind()).isEqualTo(ChainBreak.Kind.HASH);
        assertThat(report.firstBreak().describe()).contains("record 103 (seq 3)").contains("changed");
    }

    @Test
    void aChangedRecordWithARecomputedHashBreaksTheNextLink() {
        List<ChainLink> links = chain();
        ChainLink third = links.get(2);
        AuditFields f = third.fields();
        AuditFields forged = new AuditFields(f.id(), f.occurredAt(), f.actor(), f.action(), f.subjectType(),
                f.subjectId(), "forged", f.confidential());
        links.set(2, new ChainLink(3, forged, third.previousHash(), AuditHash.of(third.previousHash(), 3, forged)));
        ChainReport report = verify(links, 5, headHash(links));
        assertThat(report.firstBreak().recordId()).isEqualTo(104);
        assertThat(report.firstBreak().kind()).isEqualTo(ChainBreak.Kind.LINK);
    }

    @Test
    void aDeletedRecordLeavesAGapInTheSequence() {
        List<ChainLink> links = chain();
        links.remove(1);
        ChainReport report = verify(links, 5, headHash(links));
        assertThat(report.verified()).isEqualTo(1);
        assertThat(report.firstBreak().recordId()).isEqualTo(103);
        assertThat(report.firstBreak().kind()).isEqualTo(ChainBreak.Kind.SEQUENCE);
        assertThat(report.firstBreak().detail()).contains("expected seq 2, found 3");
    }

    @Test
    void aDeletedLastRecordNoLongerMatchesTheHead() {
        List<ChainLink> links = chain();
        String head = headHash(links);
        links.remove(4);
        ChainReport report = verify(links, 5, head);
        assertThat(report.verified()).isEqualTo(4);
        assertThat(report.firstBreak().kind()).isEqualTo(ChainBreak.Kind.HEAD);
        assertThat(report.firstBreak().recordId()).isNull();
    }

    @Test
    void reorderedRecordsBreakTheChainWhereTheOrderChanges() {
        List<ChainLink> links = chain();
        Collections.swap(links, 1, 3);
        ChainReport report = verify(links, 5, headHash(links));
        assertThat(report.verified()).isEqualTo(1);
        assertThat(report.firstBreak().recordId()).isEqualTo(104);
        assertThat(report.firstBreak().kind()).isEqualTo(ChainBreak.Kind.SEQUENCE);
    }

    @Test
    void recordsWithSwappedPlacesBreakTheLink() {
        // The places (seq) swapped in the table, so that the walk by seq meets record 104 second.
        List<ChainLink> links = chain();
        ChainLink second = links.get(1);
        ChainLink fourth = links.get(3);
        links.set(1, new ChainLink(2, fourth.fields(), fourth.previousHash(), fourth.hash()));
        links.set(3, new ChainLink(4, second.fields(), second.previousHash(), second.hash()));
        ChainReport report = verify(links, 5, headHash(links));
        assertThat(report.firstBreak().recordId()).isEqualTo(104);
        assertThat(report.firstBreak().kind()).isEqualTo(ChainBreak.Kind.LINK);
    }

    @Test
    void recordsKeepTheMicrosecondsTheDatabaseKeeps() {
        AuditRecord record = new AuditRecord(T0.plusNanos(1_234_567), "zjj", "case.sign", "case", "c-1", null, false);
        assertThat(record.occurredAt()).isEqualTo(T0.plusNanos(1_234_000));
    }
}
