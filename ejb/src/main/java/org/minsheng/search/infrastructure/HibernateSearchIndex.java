package org.minsheng.search.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.util.common.SearchException;
import org.minsheng.search.api.SearchHit;
import org.minsheng.search.api.SearchQuery;
import org.minsheng.search.api.SearchResults;
import org.minsheng.search.api.SearchResults.FacetCount;
import org.minsheng.search.application.FullTextIndex;
import org.minsheng.search.domain.MarkedText;
import org.minsheng.search.domain.SearchEntry;

/**
 * Queries the index through Hibernate Search: the words must match in the title (weighted) or the
 * body, most of them for a longer query; Latin and pinyin words of four letters or more also match
 * with one typo. Facets count the hits per kind, site, department and year.
 */
@ApplicationScoped
public class HibernateSearchIndex implements FullTextIndex {

    /** Share of the query's words a hit must contain (smartcn cuts a query into words). */
    static final String MINIMUM_SHOULD_MATCH = "70%";
    static final float TITLE_BOOST = 3f;

    private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z][A-Za-z0-9]{3,}");
    private static final AggregationKey<Map<String, Long>> KINDS = AggregationKey.of(SearchResults.KIND);
    private static final AggregationKey<Map<String, Long>> SITES = AggregationKey.of(SearchResults.SITE);
    private static final AggregationKey<Map<String, Long>> DEPARTMENTS = AggregationKey.of(SearchResults.DEPARTMENT);
    private static final AggregationKey<Map<Integer, Long>> YEARS = AggregationKey.of(SearchResults.YEAR);
    private static final int FACET_VALUES = 30;

    private static final Logger LOG = Logger.getLogger(HibernateSearchIndex.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    DatabaseSearchIndex database;

    /** Set once Hibernate Search answered that it is not running here; the database answers then. */
    private final AtomicBoolean unavailable = new AtomicBoolean();

    @Override
    public SearchResults search(SearchQuery query) {
        if (!unavailable.get()) {
            try {
                return fullText(query);
            } catch (SearchException e) {
                unavailable.set(true);
                LOG.warning("search: the full-text index does not answer (" + e.getMessage()
                        + "); answering from the database");
            }
        }
        return database.search(query);
    }

    private SearchResults fullText(SearchQuery query) {
        SearchSession session = Search.session(em);
        SearchResult<SearchHit> result = session.search(SearchEntry.class)
                .select(f -> f.composite().from(f.entity(), f.highlight("title"), f.highlight("body"))
                        .as(HibernateSearchIndex::hit))
                .where(f -> predicate(f, query))
                .highlighter(h -> h.unified().tag(MarkedText.START, MarkedText.END).fragmentSize(80)
                        .numberOfFragments(2).noMatchSize(120))
                .aggregation(KINDS, f -> f.terms().field("kind", String.class).maxTermCount(FACET_VALUES))
                .aggregation(SITES, f -> f.terms().field("site", String.class).maxTermCount(FACET_VALUES))
                .aggregation(DEPARTMENTS, f -> f.terms().field("departmentCode", String.class)
                        .maxTermCount(FACET_VALUES))
                .aggregation(YEARS, f -> f.terms().field("year", Integer.class).maxTermCount(FACET_VALUES))
                .sort(f -> f.score().then().field("publishedAt").desc())
                .fetch(query.offset(), query.size());
        Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
        facets.put(SearchResults.KIND, counts(result.aggregation(KINDS)));
        facets.put(SearchResults.SITE, counts(result.aggregation(SITES)));
        facets.put(SearchResults.DEPARTMENT, counts(result.aggregation(DEPARTMENTS)));
        facets.put(SearchResults.YEAR, counts(result.aggregation(YEARS)));
        return new SearchResults(result.hits(), result.total().hitCount(), query.page(), query.size(), facets);
    }

    @Override
    public void reindex(List<SearchEntry> entries) {
        if (unavailable.get()) {
            return; // the database answers: the stored entries are all there is to rebuild
        }
        try {
            var plan = Search.session(em).indexingPlan();
            entries.forEach(plan::addOrUpdate);
        } catch (SearchException e) {
            unavailable.set(true);
            LOG.warning("search: the full-text index does not answer (" + e.getMessage()
                    + "); answering from the database");
        }
    }

    private static PredicateFinalStep predicate(SearchPredicateFactory f, SearchQuery q) {
        BooleanPredicateClausesStep<?> words = f.bool()
                .should(f.match().field("title").boost(TITLE_BOOST).field("body").matching(q.text())
                        .minimumShouldMatchPercent(70))
                .should(f.phrase().field("title").boost(TITLE_BOOST).field("body").matching(q.text()));
        Matcher latin = LATIN_WORD.matcher(q.text());
        while (latin.find()) {
            words = words.should(f.match().field("title").field("body").matching(latin.group()).fuzzy(1));
        }
        BooleanPredicateClausesStep<?> all = f.bool().must(words);
        if (q.kind() != null) {
            all = all.filter(f.match().field("kind").matching(q.kind()));
        }
        if (q.site() != null) {
            all = all.filter(f.match().field("site").matching(q.site()));
        }
        if (q.departmentCode() != null) {
            all = all.filter(f.match().field("departmentCode").matching(q.departmentCode()));
        }
        if (q.year() != null) {
            all = all.filter(f.match().field("year").matching(q.year()));
        }
        return all;
    }

    private static SearchHit hit(SearchEntry e, List<String> title, List<String> body) {
        List<SearchHit.Fragment> titlePieces = title.isEmpty() ? List.of(new SearchHit.Fragment(e.title(), false))
                : fragments(String.join(" ", title));
        List<SearchHit.Fragment> snippet = new ArrayList<>();
        for (int i = 0; i < body.size(); i++) {
            if (i > 0) {
                snippet.add(new SearchHit.Fragment(" … ", false));
            }
            snippet.addAll(fragments(body.get(i)));
        }
        return new SearchHit(e.kind(), e.key(), e.site(), e.departmentCode(), e.url(), e.publishedAt(), titlePieces,
                snippet);
    }

    private static List<SearchHit.Fragment> fragments(String marked) {
        return MarkedText.pieces(marked).stream().map(p -> new SearchHit.Fragment(p.text(), p.match())).toList();
    }

    private static <K> List<FacetCount> counts(Map<K, Long> counts) {
        return counts.entrySet().stream().map(e -> new FacetCount(String.valueOf(e.getKey()), e.getValue())).toList();
    }
}
