package org.minsheng.nlp.api;

import java.util.List;

/**
 * The analysis of one message. {@code summary} has at most {@value #SUMMARY_MAX_CHARS} characters;
 * keywords and summary are taken from the masked text, so they can be published as they are.
 */
public record TextInsights(List<String> keywords, String summary, List<PlaceMention> places, UrgencyFlag urgency,
        ModerationReport moderation, String maskedTitle, String maskedBody) {

    public static final int SUMMARY_MAX_CHARS = 60;

    public TextInsights {
        keywords = List.copyOf(keywords);
        places = List.copyOf(places);
    }
}
