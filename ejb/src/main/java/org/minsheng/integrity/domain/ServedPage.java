package org.minsheng.integrity.domain;

import java.util.List;

/**
 * What the site served at a page's address: the HTTP status and the text parts of its published
 * content, in page order; {@code problem} says why nothing could be read (connection refused …).
 */
public record ServedPage(int status, List<String> parts, String problem) {

    public ServedPage {
        parts = parts == null ? List.of() : List.copyOf(parts);
    }

    public static ServedPage failed(String problem) {
        return new ServedPage(0, List.of(), problem);
    }

    public boolean readable() {
        return status == 200 && problem == null;
    }
}
