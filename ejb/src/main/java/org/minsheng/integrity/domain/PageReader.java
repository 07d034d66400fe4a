package org.minsheng.integrity.domain;

/** Reads a published page as the public sees it, from the site's own public address. */
public interface PageReader {

    ServedPage read(String path);

    /** The public address the paths are read from, for the administrator's page. */
    String baseUrl();
}
