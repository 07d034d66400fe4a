package org.minsheng.disclosure.api;

import java.time.LocalDate;

/** A document in the staff overview. */
public record DocumentRow(long id, String bodyCode, String title, String status, String statusZh, String statusEn,
                          LocalDate dueOn, boolean late, String indexNumber, String rejectComment) {
}
