package org.minsheng.disclosure.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** What the annual report counts. {@code bodyCode} null means every body. */
public interface ReportRepository {

    /** Published documents per genre code, published in [from, to). */
    Map<String, Long> publishedByGenre(String bodyCode, Instant from, Instant to);

    /** Every application received on or before {@code until}. */
    List<InformationRequest> receivedUntil(String bodyCode, LocalDate until);

    /** The entered counts: remedy → outcome → cases. */
    Map<Remedy, Map<Remedy.Outcome, Integer>> remedies(String bodyCode, int year);

    void setRemedy(String bodyCode, int year, Remedy remedy, Remedy.Outcome outcome, int cases, String enteredBy);
}
