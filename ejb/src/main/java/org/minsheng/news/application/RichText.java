package org.minsheng.news.application;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;

/**
 * The allow-list for article bodies (jsoup's {@link Safelist}): structure, emphasis, lists, tables,
 * links (http, https, mailto or a path on this site) and images uploaded to this platform. No
 * scripts, event handlers, styles or classes survive, so neither can CSS hide or dress up content.
 */
public final class RichText {

    /** An uploaded news image's address; no other image source is kept. */
    static final Pattern IMAGE_SRC = Pattern.compile("^/news/images/(\\d{1,18})$");
    private static final String BASE = "https://minsheng.invalid";

    private static final Safelist SAFELIST = new Safelist()
            .addTags("p", "br", "h2", "h3", "h4", "strong", "em", "b", "i", "u", "s", "sub", "sup", "blockquote",
                    "ul", "ol", "li", "table", "caption", "thead", "tbody", "tr", "th", "td", "a", "img", "figure",
                    "figcaption", "hr")
            .addAttributes("a", "href", "title")
            .addAttributes("img", "src", "alt")
            .addAttributes("th", "scope", "colspan", "rowspan")
            .addAttributes("td", "colspan", "rowspan")
            .addProtocols("a", "href", "http", "https", "mailto")
            .preserveRelativeLinks(true);

    private RichText() {
    }

    /** The body as it may be shown: everything outside the allow-list removed. */
    public static String clean(String html) {
        if (html == null) {
            return "";
        }
        String safe = Jsoup.clean(html, BASE, SAFELIST, new Document.OutputSettings().prettyPrint(false));
        Document doc = Jsoup.parseBodyFragment(safe, BASE);
        doc.outputSettings().prettyPrint(false);
        for (Element img : doc.select("img")) {
            if (!IMAGE_SRC.matcher(img.attr("src")).matches()) {
                img.remove();
            }
        }
        for (Element a : doc.select("a[href]")) {
            String href = a.attr("href");
            if (href.startsWith("//") || href.startsWith("\\")) {
                a.unwrap(); // protocol-relative addresses go to another host without saying so
            } else if (href.startsWith("http")) {
                a.attr("rel", "noopener noreferrer");
            }
        }
        return doc.body().html();
    }

    /** The uploaded images a cleaned body shows, in order. */
    public static List<Long> imageIds(String cleaned) {
        List<Long> ids = new ArrayList<>();
        for (Element img : Jsoup.parseBodyFragment(cleaned).select("img")) {
            Matcher m = IMAGE_SRC.matcher(img.attr("src"));
            if (m.matches()) {
                ids.add(Long.parseLong(m.group(1)));
            }
        }
        return ids;
    }

    /** How many images of a cleaned body lack a description. */
    public static long imagesWithoutDescription(String cleaned) {
        return Jsoup.parseBodyFragment(cleaned).select("img").stream().filter(i -> i.attr("alt").isBlank()).count();
    }

    /** The text a reader sees, for search, feeds and the integrity hash. */
    public static String text(String cleaned) {
        return Jsoup.parseBodyFragment(cleaned == null ? "" : cleaned).text();
    }

    /** The body split into its blocks' text, one line each, for comparing versions. */
    public static List<String> lines(String cleaned) {
        Document doc = Jsoup.parseBodyFragment(cleaned == null ? "" : cleaned);
        List<String> lines = new ArrayList<>();
        for (Element block : doc.body().select("p, h2, h3, h4, li, blockquote, tr, figcaption, caption")) {
            if (block.children().select("p, li, tr").isEmpty()) {
                String t = block.text();
                if (!t.isBlank()) {
                    lines.add(t);
                }
            }
        }
        if (lines.isEmpty() && !doc.body().text().isBlank()) {
            lines.add(doc.body().text());
        }
        return lines;
    }
}
