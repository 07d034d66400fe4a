package org.minsheng.intake.domain;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * The name a file is shown and downloaded under. It never decides anything about the file; it is
 * cleaned so that it cannot name a folder, hide its real extension behind right-to-left marks or
 * break the headers and pages it is shown in.
 */
public final class DisplayFileName {

    public static final int MAX_CODE_POINTS = 100;
    private static final int MAX_EXTENSION_LENGTH = 5;

    private DisplayFileName() {
    }

    /** Path parts, control and formatting characters removed; at most {@value #MAX_CODE_POINTS} code points. */
    public static String sanitise(String raw) {
        if (raw == null) {
            return "";
        }
        String name = Normalizer.normalize(raw, Normalizer.Form.NFC);
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(slash + 1);
        StringBuilder clean = new StringBuilder(name.length());
        name.codePoints().filter(DisplayFileName::isShown)
                .map(c -> "<>:\"|?*".indexOf(c) >= 0 ? '_' : c)
                .forEach(clean::appendCodePoint);
        String result = stripLeadingDots(clean.toString().strip()).strip();
        return shorten(result);
    }

    /** The extension (without dot, lower case) when the name ends in something that looks like one. */
    public static Optional<String> extensionOf(String name) {
        int dot = name.lastIndexOf('.');
        if (dot <= 0 || dot == name.length() - 1) {
            return Optional.empty();
        }
        String candidate = name.substring(dot + 1);
        boolean looksLikeExtension = candidate.length() <= MAX_EXTENSION_LENGTH
                && candidate.chars().allMatch(c -> c < 128 && Character.isLetterOrDigit(c))
                && candidate.chars().anyMatch(Character::isLetter);
        return looksLikeExtension ? Optional.of(candidate.toLowerCase(Locale.ROOT)) : Optional.empty();
    }

    /** Characters a person can see: no controls, bidi overrides, unpaired surrogates or replacement marks. */
    private static boolean isShown(int codePoint) {
        int type = Character.getType(codePoint);
        return type != Character.CONTROL && type != Character.FORMAT && type != Character.SURROGATE
                && type != Character.UNASSIGNED && type != Character.PRIVATE_USE
                && type != Character.LINE_SEPARATOR && type != Character.PARAGRAPH_SEPARATOR
                && codePoint != 0xFFFD;
    }

    /** A leading dot would make a hidden file, and ".." a parent folder, on the downloader's disk. */
    private static String stripLeadingDots(String name) {
        int i = 0;
        while (i < name.length() && (name.charAt(i) == '.' || Character.isWhitespace(name.charAt(i)))) {
            i++;
        }
        return name.substring(i);
    }

    /** Cuts the base name, keeping the extension, so the shortened name still says what it is. */
    private static String shorten(String name) {
        if (name.codePointCount(0, name.length()) <= MAX_CODE_POINTS) {
            return name;
        }
        String extension = extensionOf(name).map(e -> name.substring(name.lastIndexOf('.'))).orElse("");
        String base = name.substring(0, name.length() - extension.length());
        int keep = MAX_CODE_POINTS - extension.length();
        return base.substring(0, base.offsetByCodePoints(0, keep)) + extension;
    }
}
