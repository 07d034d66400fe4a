package org.minsheng.disclosure.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

public interface InformationRequestRepository {

    void add(InformationRequest request);

    Optional<InformationRequest> byNumber(String number);

    /** Applications of one body (all when null), newest first. */
    List<InformationRequest> ofBody(String bodyCode, int limit);

    List<InformationRequest> ofAccount(String account);

    /** How many applications this applicant (by ID number) made from {@code from} on. */
    long countByApplicantSince(String idNumber, LocalDate from);

    /** How many applications a body received in a year (the caller holds the body's lock). */
    long countOfBodyInYear(String bodyCode, int year);
}
