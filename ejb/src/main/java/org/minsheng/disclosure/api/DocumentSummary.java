package org.minsheng.disclosure.api;

import java.time.Instant;
import java.time.LocalDate;

/** A document as lists show it. */
public record DocumentSummary(long id, String indexNumber, String title, String bodyCode, String publisher,
                              String documentNumber, LocalDate writtenOn, Instant publishedAt, String validity,
                              String validityZh, String validityEn) {
}
