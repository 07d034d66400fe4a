package org.minsheng.disclosure.api;

import java.util.List;

/**
 * The statistical tables of a body's (or, for {@code bodyCode} null, every body's) annual report
 * on government information disclosure: proactive publications by genre; applications received
 * (by persons and organisations), carried over from the year before, answered by type and by the
 * legal reason for not providing, and carried over to the next year; reconsiderations and lawsuits.
 */
public record AnnualReportView(int year, String bodyCode, String bodyName, List<ReportRow> publications,
                               long publishedTotal, long receivedFromPersons, long receivedFromOrganisations,
                               long carriedOver, List<ReportRow> answers, long answeredTotal,
                               List<ReportRow> reasons, long carriedForward, List<RemedyRow> remedies) {
}
