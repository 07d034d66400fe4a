package org.minsheng.integrity.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.minsheng.audit.api.AuditTrail;
import org.minsheng.integrity.api.PublishedContent;
import org.minsheng.integrity.domain.ContentDigest;
import org.minsheng.integrity.domain.IntegrityRepository;
import org.minsheng.integrity.domain.PageKind;
import org.minsheng.integrity.domain.WatchedPage;
import org.minsheng.shared.security.Caller;

/** Registers what was approved for a published page, in the approving transaction. */
@Stateless
@Local(PublishedContent.class)
@PermitAll
public class PublishedContentRegistry implements PublishedContent {

    static final String SUBJECT = "watched-page";

    @Inject
    Clock clock;

    @Inject
    IntegrityRepository repository;

    @Inject
    AuditTrail audit;

    @Inject
    Caller caller;

    @Override
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public String register(String kind, String reference, String path, List<String> parts) {
        PageKind k = kind(kind);
        if (reference == null || reference.isBlank() || path == null || !path.startsWith("/")) {
            throw new IllegalArgumentException("a watched page needs a reference and an absolute path");
        }
        String hash = ContentDigest.hash(parts);
        WatchedPage page = repository.page(k, reference).orElse(null);
        if (page == null) {
            // Filled before it is persisted: the insert carries the state at persist time.
            page = new WatchedPage(k, reference);
            page.register(path, hash, clock.instant(), caller.name());
            repository.add(page);
        } else {
            page.register(path, hash, clock.instant(), caller.name());
        }
        audit.record(caller.name(), "integrity.page.register", SUBJECT, k.name() + ":" + reference, path + " " + hash);
        return hash;
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void withdraw(String kind, String reference) {
        PageKind k = kind(kind);
        repository.page(k, reference).filter(WatchedPage::isActive).ifPresent(page -> {
            page.withdraw();
            audit.record(caller.name(), "integrity.page.withdraw", SUBJECT, k.name() + ":" + reference, page.path());
        });
    }

    @Override
    public Optional<String> expectedHash(String kind, String reference) {
        return repository.expectedHash(kind(kind), reference);
    }

    private static PageKind kind(String kind) {
        return Arrays.stream(PageKind.values()).filter(k -> k.name().equals(kind)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown page kind " + kind));
    }
}
