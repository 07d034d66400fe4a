package org.minsheng.web.poll;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.minsheng.poll.api.NewPoll;
import org.minsheng.poll.api.NewQuestion;
import org.minsheng.shared.time.CityTime;

/**
 * The staff's poll form without script: the questions are written one per line as
 * {@code 单选* 题目 | 选项 | 选项}: the kind (单选, 多选 with its maximum as in 多选2, 评分, 排序,
 * 文字), a star when the question is required, the text, and the options after bars.
 */
final class StaffPollForm {

    private static final Pattern LINE = Pattern.compile("^(单选|多选|评分|排序|文字)(\\d*)(\\*?)\\s*(.*)$");

    private StaffPollForm() {
    }

    static NewPoll read(String departmentCode, String title, String description, String rule, String resultsShown,
                        String opensAt, String closesAt, String addressLimit, String questions) {
        return new NewPoll(blankToNull(departmentCode), title, description, rule, resultsShown, time(opensAt),
                time(closesAt), limit(addressLimit), questions(questions));
    }

    static List<NewQuestion> questions(String text) {
        List<NewQuestion> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        for (String raw : text.split("\\R")) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            Matcher m = LINE.matcher(line);
            if (!m.matches()) {
                out.add(new NewQuestion(null, line, false, null, List.of()));
                continue;
            }
            String[] parts = m.group(4).split("\\|");
            List<String> options = Arrays.stream(parts).skip(1).map(String::strip).filter(s -> !s.isEmpty()).toList();
            String kind = switch (m.group(1)) {
                case "单选" -> "SINGLE";
                case "多选" -> "MULTIPLE";
                case "评分" -> "RATING";
                case "排序" -> "RANKING";
                default -> "TEXT";
            };
            Integer max = m.group(2).isEmpty() ? null : Integer.valueOf(m.group(2).length() > 3 ? "999" : m.group(2));
            out.add(new NewQuestion(kind, parts[0].strip(), !m.group(3).isEmpty(), max, options));
        }
        return out;
    }

    /** A {@code datetime-local} value, in the city's time zone; null when absent or unreadable. */
    private static Instant time(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.strip()).atZone(CityTime.ZONE).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Integer limit(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
