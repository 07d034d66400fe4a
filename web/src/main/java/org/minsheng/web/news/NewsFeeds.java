package org.minsheng.web.news;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.function.LongFunction;
import org.minsheng.news.api.ArticleSummary;
import org.minsheng.news.api.ArticleView;
import org.minsheng.news.api.ColumnView;

/** A column's RSS 2.0 or Atom 1.0 feed, written with ROME; entries carry the cleaned body. */
final class NewsFeeds {

    static final int ENTRIES = 20;

    private NewsFeeds() {
    }

    static String write(String type, ColumnView column, List<ArticleSummary> latest,
                        LongFunction<ArticleView> article, String base) {
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType(type);
        feed.setTitle(column.siteNameZh() + " - " + column.nameZh());
        feed.setLink(base + column.path());
        feed.setUri(base + column.path());
        feed.setDescription(column.siteNameZh() + "“" + column.nameZh() + "”栏目");
        feed.setLanguage("zh-CN");
        List<SyndEntry> entries = new ArrayList<>();
        for (ArticleSummary s : latest) {
            ArticleView a = article.apply(s.id());
            SyndEntry entry = new SyndEntryImpl();
            entry.setTitle(a.title());
            entry.setLink(base + a.path());
            entry.setUri(base + a.path());
            entry.setAuthor(a.source());
            entry.setPublishedDate(Date.from(a.publishedAt()));
            entry.setUpdatedDate(Date.from(a.publishedAt()));
            SyndContent body = new SyndContentImpl();
            body.setType("text/html");
            body.setValue(a.body().replace("src=\"/news/images/", "src=\"" + base + "/news/images/"));
            entry.setDescription(body);
            entries.add(entry);
        }
        feed.setEntries(entries);
        if (!latest.isEmpty()) {
            feed.setPublishedDate(Date.from(latest.get(0).publishedAt()));
        }
        try {
            return new SyndFeedOutput().outputString(feed);
        } catch (FeedException e) {
            throw new IllegalStateException("feed of column " + column.id(), e);
        }
    }
}
