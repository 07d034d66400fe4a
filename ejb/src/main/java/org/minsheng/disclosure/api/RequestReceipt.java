package org.minsheng.disclosure.api;

import java.time.LocalDate;

/** What the applicant keeps: the number and query code, the answer's due date and the fee recorded. */
public record RequestReceipt(String number, String queryCode, LocalDate dueOn, int feeYuan) {
}
