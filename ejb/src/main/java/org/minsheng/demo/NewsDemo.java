package org.minsheng.demo;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.minsheng.news.api.ArticleDraft;
import org.minsheng.news.api.ColumnView;
import org.minsheng.news.api.NewTopic;
import org.minsheng.news.application.ArticleImport;
import org.minsheng.news.application.NewsQueries;
import org.minsheng.news.application.NewsSetup;

/**
 * The demo city's news: the portal and two sub-sites (住建局 zjj, 交通运输局 jtysj) with their
 * columns, the departments' notices shown on the portal too, articles over the last months and a
 * special topic. Called by {@link DemoData} as the administrator.
 */
@Dependent
public class NewsDemo {

    private static final List<String> SITES = List.of("portal", "zjj", "jtysj");

    @EJB
    NewsSetup setup;

    @EJB
    ArticleImport imports;

    @EJB
    NewsQueries queries;

    /** Returns how many articles were loaded. */
    int load(Instant now) {
        SITES.forEach(setup::createSite);
        Map<String, Long> columns = new HashMap<>();
        for (String site : SITES) {
            for (var block : queries.front(site).columns()) {
                ColumnView c = block.column();
                columns.put(c.siteCode() + "/" + c.slug(), c.id());
            }
        }
        // The departments' notices appear on the portal too, with their source named.
        setup.shareColumn(columns.get("zjj/tongzhi"), "portal");
        setup.shareColumn(columns.get("jtysj/tongzhi"), "portal");
        Map<String, Long> articles = new HashMap<>();
        List<String[]> rows = rows("news.tsv");
        for (String[] r : rows) {
            String body = Arrays.stream(r[7].split("\\|")).map(p -> "<p>" + p + "</p>").collect(Collectors.joining());
            long id = imports.importPublished(new ArticleDraft(columns.get(r[0] + "/" + r[1]), r[4],
                    r[5].isBlank() ? null : r[5], r[6], null, null, body, null, List.of(), Boolean.parseBoolean(r[3]),
                    null, null), now.minus(Duration.ofDays(Long.parseLong(r[2]))).minus(Duration.ofHours(3))).id();
            articles.put(r[4], id);
        }
        for (String[] t : rows("news-topics.tsv")) {
            List<NewTopic.NewSlot> slots = new ArrayList<>();
            for (String slot : t[5].split("\\|")) {
                String[] s = slot.split("~", 3);
                String target = switch (s[0]) {
                    case "LEAD" -> String.valueOf(articles.get(s[2]));
                    case "COLUMN" -> String.valueOf(columns.get(s[2]));
                    default -> s[2];
                };
                slots.add(new NewTopic.NewSlot(s[0], s[1], target));
            }
            setup.createTopic(new NewTopic(t[0], t[1], t[2], t[3], null, t[4], slots));
        }
        return rows.size();
    }

    private static List<String[]> rows(String name) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = NewsDemo.class.getResourceAsStream("/demo/" + name);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    rows.add(line.split("\t", -1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
