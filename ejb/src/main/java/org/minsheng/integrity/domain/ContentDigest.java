package org.minsheng.integrity.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The hash of a page's published content: its text parts (e.g. title, message, answer), each
 * normalised, joined by line feeds, SHA-256 in lower-case hex. Normalising makes the hash of the
 * approved text equal to the hash of the same text read back from the served HTML: Unicode NFC,
 * and every run of white space (line breaks, full-width and no-break spaces included) counted as
 * one space, since HTML rendering does not keep it. Anyone can recompute it from the page.
 */
public final class ContentDigest {

    private static final Pattern SPACE = Pattern.compile("[\\s\\p{Z}\\u200B\\uFEFF]+");

    private ContentDigest() {
    }

    public static String normalise(String text) {
        if (text == null) {
            return "";
        }
        return SPACE.matcher(Normalizer.normalize(text, Normalizer.Form.NFC)).replaceAll(" ").strip();
    }

    public static String hash(List<String> parts) {
        String joined = String.join("\n", parts.stream().map(ContentDigest::normalise).toList());
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(joined.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
