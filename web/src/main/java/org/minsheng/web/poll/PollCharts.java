package org.minsheng.web.poll;

import java.util.List;
import java.util.StringJoiner;
import org.minsheng.poll.api.OptionResult;
import org.minsheng.poll.api.PollResults;
import org.minsheng.poll.api.QuestionResult;

/**
 * The data of each question's chart, as JSON for the page's {@code data-chart} attribute (the
 * chart script reads it; the same figures are in the table beside it). Rankings chart their points.
 */
public final class PollCharts {

    /** One chart: the question's number and its JSON. */
    public record Chart(int question, String json) {
    }

    private PollCharts() {
    }

    static List<Chart> of(PollResults results) {
        return results.questions().stream().filter(q -> !"TEXT".equals(q.kind()))
                .map(q -> new Chart(q.number(), json(q))).toList();
    }

    private static String json(QuestionResult q) {
        boolean ranking = "RANKING".equals(q.kind());
        StringJoiner labels = new StringJoiner(",", "[", "]");
        StringJoiner values = new StringJoiner(",", "[", "]");
        for (OptionResult o : q.options()) {
            labels.add(string(o.label()));
            values.add(String.valueOf(ranking ? o.points() : o.count()));
        }
        return "{\"labels\":" + labels + ",\"values\":" + values + "}";
    }

    /** A JSON string: quotes, backslashes and control characters escaped. */
    static String string(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == 0x2028 || c == 0x2029) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
