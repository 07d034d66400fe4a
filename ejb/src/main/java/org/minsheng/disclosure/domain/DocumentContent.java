package org.minsheng.disclosure.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What an editor writes on a document: its metadata and text. {@code madeOn} is when the
 * information was made or changed (the 20-working-day rule counts from it); {@code interpretsId}
 * names the policy document a 政策解读 explains; {@code publishAt} asks for a scheduled publication.
 */
public record DocumentContent(String title, String summary, String text, String publisher, LocalDate writtenOn,
                              LocalDate madeOn, String documentNumber, String topicCode, String genreCode,
                              List<String> keywords, Long interpretsId, Instant publishAt) {

    public DocumentContent {
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
    }
}
