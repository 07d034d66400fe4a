package org.minsheng.disclosure.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A document as the editor sends it. Dates are ISO texts ({@code 2026-11-03}), checked with field
 * errors; {@code publishAt} ({@code 2026-12-01T09:00}, city time) asks for a scheduled publication,
 * empty for publication right after the last approval. {@code madeOn} is the day the information
 * was made or changed, from which the 20 working days run; {@code interpretsId} links a 政策解读 to
 * the policy it explains.
 */
@Schema(name = "DocumentDraft", description = "A disclosure document as the editor writes it",
        requiredProperties = {"bodyCode", "title", "summary", "text", "writtenOn", "topicCode", "genreCode"})
public record DocumentDraft(String bodyCode, String title, String summary, String text, String publisher,
                            String writtenOn, String madeOn, String documentNumber, String topicCode,
                            String genreCode, List<String> keywords, Long interpretsId, String publishAt) {
}
