package org.minsheng.search.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/**
 * Measures the two candidate Chinese analysers on the judged query set of the demo city
 * ({@code search/judged-*.tsv}): each indexes the same documents and answers the same queries in
 * the shape {@link HibernateSearchIndex} asks them (title weighted, most words required, phrase
 * bonus, one typo allowed in Latin words), and precision at 10 is compared. The product uses the
 * better one; this test keeps that choice honest when the set or the query shape changes.
 */
class ChineseAnalysisRelevanceTest {

    private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z][A-Za-z0-9]{3,}");

    record Doc(String id, String title, String body) {
    }

    record Judged(String query, Set<String> relevant) {
    }

    record Scores(double precisionAt10, double recallAt10, double reciprocalRank) {
    }

    @Test
    void smartcnIsAtLeastAsPreciseAsHanLpOnTheJudgedSet() throws IOException {
        List<Doc> docs = documents();
        List<Judged> queries = queries();
        assertThat(queries).hasSizeGreaterThanOrEqualTo(20);

        Scores smartcn = measure(new SmartChineseAnalyzer(), docs, queries);
        Scores hanlp = measure(new HanLpAnalyzer(), docs, queries);
        System.out.printf(Locale.ROOT, "judged set: %d documents, %d queries%n", docs.size(), queries.size());
        System.out.printf(Locale.ROOT, "smartcn: P@10 %.3f  R@10 %.3f  MRR %.3f%n", smartcn.precisionAt10(),
                smartcn.recallAt10(), smartcn.reciprocalRank());
        System.out.printf(Locale.ROOT, "hanlp:   P@10 %.3f  R@10 %.3f  MRR %.3f%n", hanlp.precisionAt10(),
                hanlp.recallAt10(), hanlp.reciprocalRank());

        assertThat(smartcn.precisionAt10()).isGreaterThanOrEqualTo(hanlp.precisionAt10());
        assertThat(smartcn.recallAt10()).isGreaterThan(0.9);
    }

    static Scores measure(Analyzer analyzer, List<Doc> docs, List<Judged> queries) throws IOException {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
                for (Doc d : docs) {
                    Document doc = new Document();
                    doc.add(new StringField("id", d.id(), Field.Store.YES));
                    doc.add(new TextField("title", d.title(), Field.Store.NO));
                    doc.add(new TextField("body", d.body(), Field.Store.NO));
                    writer.addDocument(doc);
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                double precision = 0;
                double recall = 0;
                double rr = 0;
                for (Judged j : queries) {
                    ScoreDoc[] top = searcher.search(query(analyzer, j.query()), 10).scoreDocs;
                    int found = 0;
                    double first = 0;
                    for (int rank = 0; rank < top.length; rank++) {
                        String id = searcher.storedFields().document(top[rank].doc).get("id");
                        if (j.relevant().contains(id)) {
                            found++;
                            first = first == 0 ? 1.0 / (rank + 1) : first;
                        }
                    }
                    precision += found / 10.0;
                    recall += (double) found / j.relevant().size();
                    rr += first;
                }
                int n = queries.size();
                return new Scores(precision / n, recall / n, rr / n);
            }
        }
    }

    /** The production query's shape, built on the analyser's own tokens. */
    static Query query(Analyzer analyzer, String text) throws IOException {
        BooleanQuery.Builder words = new BooleanQuery.Builder();
        for (String field : List.of("title", "body")) {
            float boost = field.equals("title") ? HibernateSearchIndex.TITLE_BOOST : 1f;
            List<String> tokens = tokens(analyzer, field, text);
            BooleanQuery.Builder match = new BooleanQuery.Builder();
            tokens.forEach(t -> match.add(new TermQuery(new Term(field, t)), Occur.SHOULD));
            match.setMinimumNumberShouldMatch(Math.max(1, (int) Math.floor(tokens.size() * 0.7)));
            words.add(new BoostQuery(match.build(), boost), Occur.SHOULD);
            if (tokens.size() > 1) {
                words.add(new BoostQuery(new PhraseQuery(field, tokens.toArray(String[]::new)), boost), Occur.SHOULD);
            }
        }
        Matcher latin = LATIN_WORD.matcher(text);
        while (latin.find()) {
            for (String field : List.of("title", "body")) {
                for (String t : tokens(analyzer, field, latin.group())) {
                    words.add(new FuzzyQuery(new Term(field, t), 1), Occur.SHOULD);
                }
            }
        }
        return words.build();
    }

    static List<String> tokens(Analyzer analyzer, String field, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        }
        return out;
    }

    static List<Doc> documents() throws IOException {
        return lines("search/judged-documents.tsv").stream().map(l -> l.split("\t"))
                .map(p -> new Doc(p[0], p[2], p[3])).toList();
    }

    static List<Judged> queries() throws IOException {
        return lines("search/judged-queries.tsv").stream().map(l -> l.split("\t"))
                .map(p -> new Judged(p[0], new HashSet<>(List.of(p[1].split(","))))).toList();
    }

    private static List<String> lines(String resource) throws IOException {
        try (var in = ChineseAnalysisRelevanceTest.class.getClassLoader().getResourceAsStream(resource);
             var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        }
    }
}
