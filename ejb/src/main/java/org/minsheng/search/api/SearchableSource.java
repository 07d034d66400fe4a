package org.minsheng.search.api;

import java.util.stream.Stream;

/**
 * A feature's published documents of one kind, all of them, for a full reindex. A feature offers
 * its content as a CDI bean implementing this; search finds every such bean.
 */
public interface SearchableSource {

    /** The kind of the documents this source gives (a {@link SearchableDocument} constant). */
    String kind();

    /** Every currently public document of that kind. Called inside a transaction. */
    Stream<SearchableDocument> published();
}
