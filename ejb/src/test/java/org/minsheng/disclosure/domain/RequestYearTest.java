package org.minsheng.disclosure.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequestYearTest {

    static InformationRequest received(LocalDate on, boolean organisation) {
        return new InformationRequest("zjj-x", "123456", "zjj",
                new RequestApplicant(organisation, "申请人", "430702199001011234", "13800000000", null, null),
                "信息", DeliveryForm.DOWNLOAD, null, on, 0, Instant.EPOCH);
    }

    static InformationRequest answered(LocalDate on, LocalDate answeredOn, AnswerType type, LegalReason reason) {
        InformationRequest r = received(on, false);
        r.answer(new InformationRequest.Answer(type, reason, null, "门户网站", "某局"), "zjj-editor", answeredOn);
        return r;
    }

    @Test
    void countsTheYearsApplicationsAsTheReportDefinesThem() {
        List<InformationRequest> all = List.of(
                answered(LocalDate.of(2025, 12, 20), LocalDate.of(2026, 1, 10), AnswerType.PROVIDED, null),
                answered(LocalDate.of(2025, 11, 1), LocalDate.of(2025, 11, 20), AnswerType.PROVIDED, null),
                answered(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 20), AnswerType.NOT_PROVIDED,
                        LegalReason.PROCESS_INFORMATION),
                answered(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 20), AnswerType.PARTLY_PROVIDED,
                        LegalReason.THIRD_PARTY),
                received(LocalDate.of(2026, 5, 1), true),
                answered(LocalDate.of(2026, 12, 25), LocalDate.of(2027, 1, 15), AnswerType.DOES_NOT_EXIST, null));
        RequestYear y = RequestYear.count(all, 2026);
        assertThat(y.carriedOver()).isEqualTo(1);
        assertThat(y.fromPersons()).isEqualTo(3);
        assertThat(y.fromOrganisations()).isEqualTo(1);
        assertThat(y.answers()).containsEntry(AnswerType.PROVIDED, 1L).containsEntry(AnswerType.NOT_PROVIDED, 1L)
                .containsEntry(AnswerType.PARTLY_PROVIDED, 1L).doesNotContainKey(AnswerType.DOES_NOT_EXIST);
        assertThat(y.reasons()).containsEntry(LegalReason.PROCESS_INFORMATION, 1L)
                .containsEntry(LegalReason.THIRD_PARTY, 1L);
        assertThat(y.carriedForward()).isEqualTo(2);
    }
}
