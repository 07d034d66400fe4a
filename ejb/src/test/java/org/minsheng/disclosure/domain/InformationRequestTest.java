package org.minsheng.disclosure.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.minsheng.shared.error.ValidationFailed;

class InformationRequestTest {

    /** Weekdays only: enough to check the clock's arithmetic. */
    static final Workdays WEEKDAYS = new Workdays() {
        @Override
        public LocalDate add(LocalDate start, int n) {
            LocalDate d = start;
            for (int i = 0; i < n; ) {
                d = d.plusDays(1);
                if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                    i++;
                }
            }
            return d;
        }

        @Override
        public int between(LocalDate from, LocalDate to) {
            int n = 0;
            for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
                if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                    n++;
                }
            }
            return n;
        }
    };
    static final LocalDate MONDAY = LocalDate.of(2026, 11, 2);

    static InformationRequest received() {
        return new InformationRequest("zjj-2026-00001", "123456", "zjj",
                new RequestApplicant(false, "张三", "430702199001011234", "13800000000", null, null),
                "某小区规划许可", DeliveryForm.DOWNLOAD, null, MONDAY, 0, Instant.EPOCH);
    }

    @Test
    void theAnswerIsDueTwentyWorkingDaysAfterReceipt() {
        assertThat(received().dueOn(WEEKDAYS)).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(received().isLate(LocalDate.of(2026, 12, 1), WEEKDAYS)).isTrue();
    }

    @Test
    void completionIsAskedOnceWithinSevenWorkingDaysAndRestartsTheClock() {
        InformationRequest late = received();
        assertThatThrownBy(() -> late.requestCompletion("请明确文件名称", MONDAY.plusDays(10), WEEKDAYS))
                .isInstanceOf(IllegalDocumentStep.class);
        InformationRequest r = received();
        r.requestCompletion("请明确文件名称", MONDAY.plusDays(9), WEEKDAYS);
        assertThat(r.status()).isEqualTo(RequestStatus.AWAITING_COMPLETION);
        assertThat(r.isLate(LocalDate.of(2027, 1, 1), WEEKDAYS)).isFalse();
        r.complete("2025年丹阳小区规划许可证", LocalDate.of(2026, 11, 16));
        assertThat(r.dueOn(WEEKDAYS)).isEqualTo(LocalDate.of(2026, 12, 14));
        assertThatThrownBy(() -> r.requestCompletion("再补", LocalDate.of(2026, 11, 16), WEEKDAYS))
                .isInstanceOf(IllegalDocumentStep.class);
    }

    @Test
    void oneExtensionOfAtMostTwentyDays() {
        InformationRequest r = received();
        assertThatThrownBy(() -> r.extend(21, "情况复杂", "zjj-head")).isInstanceOf(ValidationFailed.class);
        r.extend(20, "情况复杂", "zjj-head");
        assertThat(r.dueOn(WEEKDAYS)).isEqualTo(LocalDate.of(2026, 12, 28));
        assertThatThrownBy(() -> r.extend(5, "再延", "zjj-head")).isInstanceOf(IllegalDocumentStep.class);
    }

    @Test
    void consultingAThirdPartyStopsTheClock() {
        InformationRequest r = received();
        r.startConsultation("某房地产开发公司", LocalDate.of(2026, 11, 9));
        assertThat(r.consultationDue(WEEKDAYS)).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThatThrownBy(() -> r.answer(new InformationRequest.Answer(AnswerType.PROVIDED, null, null, null, null),
                "zjj-editor", LocalDate.of(2026, 11, 10))).isInstanceOf(IllegalDocumentStep.class);
        r.endConsultation(LocalDate.of(2026, 11, 16), WEEKDAYS);
        assertThat(r.clock().pausedDays()).isEqualTo(5);
        assertThat(r.dueOn(WEEKDAYS)).isEqualTo(LocalDate.of(2026, 12, 7));
    }

    @Test
    void answersCarryWhatTheirTypeNeeds() {
        InformationRequest r = received();
        assertThatThrownBy(() -> r.answer(new InformationRequest.Answer(AnswerType.NOT_PROVIDED, null, null, null,
                null), "e", MONDAY)).isInstanceOf(ValidationFailed.class);
        assertThatThrownBy(() -> r.answer(new InformationRequest.Answer(AnswerType.ALREADY_PUBLIC, null, null, null,
                null), "e", MONDAY)).isInstanceOf(ValidationFailed.class);
        assertThatThrownBy(() -> r.answer(new InformationRequest.Answer(AnswerType.OTHER_BODY, null, null, null,
                null), "e", MONDAY)).isInstanceOf(ValidationFailed.class);
        r.answer(new InformationRequest.Answer(AnswerType.NOT_PROVIDED, LegalReason.PROCESS_INFORMATION, null, null,
                "ignored"), "zjj-editor", MONDAY);
        assertThat(r.status()).isEqualTo(RequestStatus.ANSWERED);
        assertThat(r.answer().legalReason()).isEqualTo(LegalReason.PROCESS_INFORMATION);
        assertThat(r.answer().otherBody()).isNull();
    }

    @Test
    void feesAreFreeUpToTenAMonthThenByBand() {
        assertThat(FeeSchedule.feeFor(10)).isZero();
        assertThat(FeeSchedule.feeFor(11)).isEqualTo(100);
        assertThat(FeeSchedule.feeFor(30)).isEqualTo(100);
        assertThat(FeeSchedule.feeFor(31)).isEqualTo(200);
        assertThat(FeeSchedule.feeFor(40)).isEqualTo(200);
        assertThat(FeeSchedule.feeFor(41)).isEqualTo(300);
    }
}
