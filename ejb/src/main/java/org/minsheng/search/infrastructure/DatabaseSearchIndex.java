package org.minsheng.search.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.minsheng.search.api.SearchHit;
import org.minsheng.search.api.SearchQuery;
import org.minsheng.search.api.SearchResults;
import org.minsheng.search.api.SearchResults.FacetCount;
import org.minsheng.search.domain.SearchEntry;

/**
 * Search answered from the search entries themselves, for when the full-text index is not
 * available: the query is cut into words by the same smartcn analyser, an entry must contain every
 * word, hits are ranked by where the words occur (title first) and then by time, and the matches
 * are marked in the title and a snippet around the first match.
 */
@ApplicationScoped
public class DatabaseSearchIndex {

    /** Candidates ranked in memory; enough for a city portal's hits on a few words. */
    static final int CANDIDATES = 2000;
    private static final int SNIPPET = 120;

    @PersistenceContext
    EntityManager em;

    private final Analyzer analyzer = new SmartChineseAnalyzer();

    public SearchResults search(SearchQuery q) {
        List<String> words = words(q.text());
        if (words.isEmpty()) {
            return SearchResults.empty(q);
        }
        StringBuilder jpql = new StringBuilder("select e from SearchEntry e where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        for (int i = 0; i < words.size(); i++) {
            jpql.append(" and (lower(e.title) like :w").append(i).append(" or lower(e.body) like :w").append(i).append(')');
            params.put("w" + i, "%" + words.get(i).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        filter(jpql, params, "kind", q.kind());
        filter(jpql, params, "site", q.site());
        filter(jpql, params, "departmentCode", q.departmentCode());
        if (q.year() != null) {
            jpql.append(" and e.year = :year");
            params.put("year", q.year());
        }
        TypedQuery<SearchEntry> query = em.createQuery(jpql + " order by e.publishedAt desc", SearchEntry.class)
                .setMaxResults(CANDIDATES);
        params.forEach(query::setParameter);
        List<SearchEntry> found = new ArrayList<>(query.getResultList());
        found.sort(Comparator.comparingInt((SearchEntry e) -> score(e, words)).reversed());
        Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
        facets.put(SearchResults.KIND, counts(found, SearchEntry::kind));
        facets.put(SearchResults.SITE, counts(found, SearchEntry::site));
        facets.put(SearchResults.DEPARTMENT, counts(found, SearchEntry::departmentCode));
        facets.put(SearchResults.YEAR, counts(found, e -> String.valueOf(e.year())));
        List<SearchHit> hits = found.stream().skip(q.offset()).limit(q.size()).map(e -> hit(e, words)).toList();
        return new SearchResults(hits, found.size(), q.page(), q.size(), facets);
    }

    private static void filter(StringBuilder jpql, Map<String, Object> params, String field, String value) {
        if (value != null) {
            jpql.append(" and e.").append(field).append(" = :").append(field);
            params.put(field, value);
        }
    }

    /** The query's words as smartcn cuts them (lower case, punctuation dropped, each once). */
    List<String> words(String text) {
        Set<String> out = new LinkedHashSet<>();
        try (TokenStream ts = analyzer.tokenStream("q", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(out);
    }

    private static int score(SearchEntry e, List<String> words) {
        String title = e.title().toLowerCase(Locale.ROOT);
        String body = e.body().toLowerCase(Locale.ROOT);
        int score = title.contains(String.join("", words)) ? 10 : 0;
        for (String w : words) {
            score += (title.contains(w) ? 3 : 0) + (body.contains(w) ? 1 : 0);
        }
        return score;
    }

    private static SearchHit hit(SearchEntry e, List<String> words) {
        String body = e.body();
        int first = firstMatch(body, words);
        int from = Math.max(0, first - SNIPPET / 3);
        String window = body.substring(from, Math.min(body.length(), from + SNIPPET));
        List<SearchHit.Fragment> snippet = new ArrayList<>();
        if (from > 0) {
            snippet.add(new SearchHit.Fragment("…", false));
        }
        snippet.addAll(mark(window, words));
        return new SearchHit(e.kind(), e.key(), e.site(), e.departmentCode(), e.url(), e.publishedAt(),
                mark(e.title(), words), snippet);
    }

    private static int firstMatch(String text, List<String> words) {
        String lower = text.toLowerCase(Locale.ROOT);
        return words.stream().mapToInt(lower::indexOf).filter(i -> i >= 0).min().orElse(0);
    }

    /** The text cut into pieces, the pieces that are one of the words marked as matches. */
    static List<SearchHit.Fragment> mark(String text, List<String> words) {
        String lower = text.toLowerCase(Locale.ROOT);
        boolean[] matched = new boolean[text.length()];
        for (String w : words) {
            for (int at = lower.indexOf(w); at >= 0 && !w.isEmpty(); at = lower.indexOf(w, at + w.length())) {
                for (int i = at; i < at + w.length() && i < matched.length; i++) {
                    matched[i] = true;
                }
            }
        }
        List<SearchHit.Fragment> out = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= text.length(); i++) {
            if (i == text.length() || matched[i] != matched[start]) {
                out.add(new SearchHit.Fragment(text.substring(start, i), matched[start]));
                start = i;
            }
        }
        return out;
    }

    private static List<FacetCount> counts(List<SearchEntry> found, Function<SearchEntry, String> value) {
        return found.stream().map(value).filter(v -> v != null).collect(Collectors.groupingBy(v -> v,
                        LinkedHashMap::new, Collectors.counting()))
                .entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .map(e -> new FacetCount(e.getKey(), e.getValue())).toList();
    }
}
