package org.minsheng.guide.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.stream.Stream;
import org.minsheng.guide.domain.Guide;
import org.minsheng.guide.domain.GuideRepository;
import org.minsheng.guide.domain.GuideStatus;
import org.minsheng.search.api.SearchableDocument;
import org.minsheng.search.api.SearchableSource;

/** Every published guide, for a full reindex of search; guides belong to their department's sub-site. */
@ApplicationScoped
public class GuideSearchSource implements SearchableSource {

    @Inject
    GuideRepository guides;

    @Override
    public String kind() {
        return SearchableDocument.GUIDE;
    }

    @Override
    public Stream<SearchableDocument> published() {
        return guides.guides(List.of(GuideStatus.PUBLISHED), null, null).stream().map(this::document);
    }

    SearchableDocument document(Guide g) {
        String text = String.join("\n", g.summary(), g.eligibility(), g.materials(), g.steps(), g.timeLimit(),
                g.fees(), g.placeAndHours(), g.legalBasis(), g.faq() == null ? "" : g.faq());
        return new SearchableDocument(SearchableDocument.GUIDE, String.valueOf(g.id()), g.departmentCode(),
                g.departmentCode(), g.title(), text, "/guides/" + g.id(), g.publishedAt());
    }
}
