package org.minsheng.disclosure.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.stream.Stream;
import org.minsheng.disclosure.domain.DisclosureRepository;
import org.minsheng.search.api.SearchableDocument;
import org.minsheng.search.api.SearchableSource;

/** Every published catalogue document, for search's full reindex. */
@ApplicationScoped
public class DisclosureSearchSource implements SearchableSource {

    @Inject
    DisclosureRepository repository;

    @Override
    public String kind() {
        return SearchableDocument.DISCLOSURE;
    }

    @Override
    public Stream<SearchableDocument> published() {
        return repository.allPublished().stream().map(DisclosurePublisher::searchable);
    }
}
