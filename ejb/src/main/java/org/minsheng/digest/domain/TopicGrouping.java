package org.minsheng.digest.domain;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which topic a new message belongs to. A message naming an estate joins the topic of that estate,
 * whatever words it uses, and never the topic of another estate; otherwise it joins a topic that
 * shares a road or township and at least {@value #SHARED_WORDS_WITH_PLACE} keywords, or, failing
 * that, one without an estate that shares at least {@value #SHARED_WORDS_ALONE} of its main
 * keywords. The best match wins; no match starts a topic.
 */
public final class TopicGrouping {

    static final int SHARED_WORDS_WITH_PLACE = 2;
    static final int SHARED_WORDS_ALONE = 3;
    /** The topic's keywords a message is compared with. */
    static final int PROFILE = 12;

    private TopicGrouping() {
    }

    public static Optional<HotTopic> topicOf(TopicMessage message, Collection<HotTopic> topics) {
        HotTopic best = null;
        double bestScore = 0;
        for (HotTopic topic : topics) {
            double score = affinity(message, topic);
            if (score > bestScore) {
                best = topic;
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }

    /** 0 when the message does not belong to the topic; higher is a better fit. */
    static double affinity(TopicMessage message, HotTopic topic) {
        Set<String> topicEstates = topic.estates();
        int shared = shared(message.keywords(), topic.keywords(PROFILE));
        if (!message.estates().isEmpty()) {
            if (intersects(message.estates(), topicEstates)) {
                return 100 + shared;
            }
            if (!topicEstates.isEmpty()) {
                return 0;
            }
        }
        if (intersects(message.places(), topic.places()) && shared >= SHARED_WORDS_WITH_PLACE) {
            return 50 + shared;
        }
        if (topicEstates.isEmpty() && shared >= SHARED_WORDS_ALONE) {
            return shared;
        }
        return 0;
    }

    private static boolean intersects(Collection<String> a, Collection<String> b) {
        for (String x : a) {
            if (b.contains(x)) {
                return true;
            }
        }
        return false;
    }

    private static int shared(List<String> words, List<String> profile) {
        Set<String> set = new HashSet<>(profile);
        int n = 0;
        for (String w : new HashSet<>(words)) {
            if (set.contains(w)) {
                n++;
            }
        }
        return n;
    }
}
