package org.minsheng.disclosure.domain;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A catalogue number (索引号): {@code <organisation code>/<year>-<5-digit number>}. */
public record IndexNumber(String organisationCode, int year, int number) {

    /** Unified social credit codes and similar: 6 to 18 digits or capital letters. */
    public static final Pattern ORGANISATION_CODE = Pattern.compile("[0-9A-Z]{6,18}");
    private static final Pattern FORMAT = Pattern.compile("([0-9A-Z]{6,18})/(\\d{4})-(\\d{5})");

    public IndexNumber {
        if (!ORGANISATION_CODE.matcher(organisationCode).matches() || year < 1000 || year > 9999
                || number < 1 || number > 99_999) {
            throw new IllegalArgumentException("not a catalogue number: " + organisationCode + " " + year + " " + number);
        }
    }

    public static Optional<IndexNumber> parse(String text) {
        Matcher m = text == null ? null : FORMAT.matcher(text.strip());
        if (m == null || !m.matches() || Integer.parseInt(m.group(3)) == 0) {
            return Optional.empty();
        }
        return Optional.of(new IndexNumber(m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
    }

    @Override
    public String toString() {
        return organisationCode + "/" + year + "-" + String.format(java.util.Locale.ROOT, "%05d", number);
    }
}
