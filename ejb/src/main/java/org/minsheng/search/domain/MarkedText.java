package org.minsheng.search.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Text in which the highlighter put a start and an end mark around each match, cut into plain and
 * matched pieces. The marks are control characters that never occur in indexed text, so no HTML
 * passes from the index to a page: the page escapes each piece and marks the matched ones itself.
 */
public final class MarkedText {

    public static final String START = "\u0002";
    public static final String END = "\u0003";

    private MarkedText() {
    }

    /** The pieces of a marked text, in order; adjacent empty pieces are dropped. */
    public static List<Piece> pieces(String marked) {
        List<Piece> out = new ArrayList<>();
        if (marked == null || marked.isEmpty()) {
            return out;
        }
        int at = 0;
        while (at < marked.length()) {
            int start = marked.indexOf(START, at);
            if (start < 0) {
                add(out, marked.substring(at), false);
                break;
            }
            add(out, marked.substring(at, start), false);
            int end = marked.indexOf(END, start + 1);
            if (end < 0) {
                add(out, marked.substring(start + 1), true);
                break;
            }
            add(out, marked.substring(start + 1, end), true);
            at = end + 1;
        }
        return out;
    }

    /** The text without its marks. */
    public static String plain(String marked) {
        return marked == null ? "" : marked.replace(START, "").replace(END, "");
    }

    private static void add(List<Piece> out, String text, boolean match) {
        String clean = plain(text);
        if (clean.isEmpty()) {
            return;
        }
        if (!out.isEmpty() && out.get(out.size() - 1).match() == match) {
            Piece last = out.remove(out.size() - 1);
            out.add(new Piece(last.text() + clean, match));
        } else {
            out.add(new Piece(clean, match));
        }
    }

    /** A piece of text, matched by the query or not. */
    public record Piece(String text, boolean match) {
    }
}
