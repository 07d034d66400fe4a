package org.minsheng.disclosure.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.minsheng.disclosure.api.DisclosureClassView;
import org.minsheng.disclosure.api.DocumentAttachmentView;
import org.minsheng.disclosure.api.DocumentLink;
import org.minsheng.disclosure.api.DocumentRow;
import org.minsheng.disclosure.api.DocumentSummary;
import org.minsheng.disclosure.api.DocumentView;
import org.minsheng.disclosure.domain.Approval;
import org.minsheng.disclosure.domain.DisclosureClass;
import org.minsheng.disclosure.domain.DisclosureDocument;
import org.minsheng.disclosure.domain.DocumentMetadata;
import org.minsheng.disclosure.domain.DisclosureRepository;
import org.minsheng.disclosure.domain.DocumentStatus;
import org.minsheng.integrity.api.PublishedContent;
import org.minsheng.shared.time.CityTime;

/** Turns documents into the records pages and REST show. */
@ApplicationScoped
public class DisclosureViews {

    @Inject
    DisclosureRepository repository;

    @Inject
    PublishedContent integrity;

    @Inject
    Clock clock;

    public DocumentSummary summary(DisclosureDocument d) {
        DocumentMetadata m = d.metadata();
        return new DocumentSummary(d.id(), d.indexNumber().orElse(null), d.title(), d.bodyCode(), m.publisher(),
                m.documentNumber(), m.writtenOn(), d.publishedAt(), d.validity().name(), d.validity().labelZh(),
                d.validity().labelEn());
    }

    public DocumentRow row(DisclosureDocument d) {
        return new DocumentRow(d.id(), d.bodyCode(), d.title(), d.status().name(), d.status().labelZh(),
                d.status().labelEn(), d.metadata().dueOn(), d.isLate(today()), d.indexNumber().orElse(null),
                d.rejectComment());
    }

    /** The full view; {@code publicOnly} leaves out links to documents that are not public. */
    public DocumentView view(DisclosureDocument d, boolean publicOnly) {
        List<DocumentLink> replaces = repository.replacedBy(d.id()).stream().map(this::link).toList();
        List<DocumentLink> interpretations = repository.interpretationsOf(d.id()).stream().map(this::link).toList();
        DocumentLink replacedBy = linkTo(d.replacedById(), publicOnly);
        DocumentLink interprets = linkTo(d.interpretsId(), publicOnly);
        List<DocumentAttachmentView> files = repository.attachments(d.id()).stream()
                .map(a -> new DocumentAttachmentView(a.id(), a.fileName(), a.file().contentType(),
                        a.file().sizeBytes(), a.file().sha256())).toList();
        String hash = d.indexNumber().flatMap(n -> integrity.expectedHash(PublishedContent.DISCLOSURE, n))
                .orElse(null);
        DocumentMetadata m = d.metadata();
        return new DocumentView(d.id(), d.indexNumber().orElse(null), d.bodyCode(), d.title(), d.summary(), d.text(),
                m.publisher(), m.writtenOn(), m.madeOn(), m.dueOn(), d.publishedAt(), d.scheduledAt(),
                m.documentNumber(), classView(m.topicCode()), classView(m.genreCode()), d.keywords(),
                d.status().name(), d.status().labelZh(), d.status().labelEn(), d.validity().name(),
                d.validity().labelZh(), d.validity().labelEn(), replacedBy, replaces, interprets, interpretations,
                files, d.approvals().stream().map(Approval::approver).toList(), d.levelsRequired(),
                d.rejectComment(), d.isLate(today()), d.lateFlagged(), d.createdBy(), hash, d.version());
    }

    public DisclosureClassView classView(String code) {
        return repository.disclosureClass(code).map(DisclosureViews::classView).orElse(null);
    }

    static DisclosureClassView classView(DisclosureClass c) {
        return new DisclosureClassView(c.code(), c.kind(), c.nameZh(), c.nameEn());
    }

    private DocumentLink linkTo(Long id, boolean publicOnly) {
        if (id == null) {
            return null;
        }
        return repository.document(id).filter(o -> !publicOnly || o.status() == DocumentStatus.PUBLISHED)
                .map(this::link).orElse(null);
    }

    private DocumentLink link(DisclosureDocument d) {
        return new DocumentLink(d.id(), d.indexNumber().orElse(null), d.title());
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(CityTime.ZONE));
    }
}
