package org.minsheng.disclosure.domain;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A year of applications as the annual report counts them: received in the year (by persons and by
 * organisations); carried over (received before the year, not answered before it); answered in
 * the year by type and by the reason for not providing; carried forward (not answered by its end).
 */
public record RequestYear(long fromPersons, long fromOrganisations, long carriedOver, Map<AnswerType, Long> answers,
                          Map<LegalReason, Long> reasons, long carriedForward) {

    public static RequestYear count(List<InformationRequest> requests, int year) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        long persons = 0;
        long organisations = 0;
        long carriedOver = 0;
        long carriedForward = 0;
        Map<AnswerType, Long> answers = new EnumMap<>(AnswerType.class);
        Map<LegalReason, Long> reasons = new EnumMap<>(LegalReason.class);
        for (InformationRequest r : requests) {
            LocalDate answered = r.answer().answeredOn();
            if (r.receivedOn().isAfter(last) || (answered != null && answered.isBefore(first))) {
                continue; // outside the year altogether
            }
            if (r.receivedOn().isBefore(first)) {
                carriedOver++;
            } else if (r.applicant().organisation()) {
                organisations++;
            } else {
                persons++;
            }
            if (answered == null || answered.isAfter(last)) {
                carriedForward++;
            } else {
                answers.merge(r.answer().type(), 1L, Long::sum);
                if (r.answer().legalReason() != null) {
                    reasons.merge(r.answer().legalReason(), 1L, Long::sum);
                }
            }
        }
        return new RequestYear(persons, organisations, carriedOver, answers, reasons, carriedForward);
    }
}
