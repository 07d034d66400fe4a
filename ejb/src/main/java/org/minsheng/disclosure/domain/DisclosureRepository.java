package org.minsheng.disclosure.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

public interface DisclosureRepository {

    Optional<DisclosureBody> body(String departmentCode);

    /** The body under a row lock, so that catalogue numbers are given one at a time. */
    Optional<DisclosureBody> lockBody(String departmentCode);

    List<DisclosureBody> bodies();

    void addBody(DisclosureBody body);

    List<DisclosureClass> classes();

    Optional<DisclosureClass> disclosureClass(String code);

    /** The next number of the year under an organisation code (the caller holds the body's lock). */
    int nextNumber(String organisationCode, int year);

    void add(DisclosureDocument document);

    Optional<DisclosureDocument> document(long id);

    Optional<DisclosureDocument> byIndexNumber(String indexNumber);

    List<DisclosureDocument> published(CatalogueFilter filter, int offset, int limit);

    long countPublished(CatalogueFilter filter);

    /** Published documents that explain (政策解读) the given one. */
    List<DisclosureDocument> interpretationsOf(long id);

    /** Documents that name the given one as their replacement. */
    List<DisclosureDocument> replacedBy(long id);

    /** Every document not yet published, of one body or of all when {@code bodyCode} is null. */
    List<DisclosureDocument> unpublished(String bodyCode);

    List<DisclosureDocument> recentlyPublished(String bodyCode, int limit);

    List<DisclosureDocument> dueForPublication(Instant now);

    List<DisclosureDocument> allPublished();

    void add(DocumentAttachment attachment);

    List<DocumentAttachment> attachments(long documentId);

    Optional<DocumentAttachment> attachment(long documentId, long attachmentId);
}
