package org.minsheng.integrity.api;

import java.util.List;
import java.util.Optional;

/**
 * How a feature puts a published page under tamper watch. When content is approved for
 * publication, the feature registers the page's address and the text parts the page shows (in
 * page order); the page marks each part with {@code data-integrity-part} and shows the hash. Must
 * be called inside the deciding transaction.
 */
public interface PublishedContent {

    /** A public answer on the board; the reference is its tracking number. */
    String ANSWER = "ANSWER";
    /** A disclosure (政务公开) page. */
    String DISCLOSURE = "DISCLOSURE";
    /** A news page. */
    String NEWS = "NEWS";

    /** Watches {@code path} for exactly these parts from now on; returns their hash (SHA-256, hex). */
    String register(String kind, String reference, String path, List<String> parts);

    /** The page left the site on purpose: stop watching it. Nothing happens when it was not watched. */
    void withdraw(String kind, String reference);

    /** The hash approved for a watched page, to show on it so that anyone can verify. */
    Optional<String> expectedHash(String kind, String reference);
}
