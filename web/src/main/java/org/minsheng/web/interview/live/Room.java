package org.minsheng.web.interview.live;

import java.util.ArrayDeque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One interview's stream on this node: its sessions, the last number broadcast and the latest
 * frames. Numbers and frames change only under the room's monitor.
 */
final class Room {

    /** Recent frames kept per interview, so most (re)joiners catch up without a database read. */
    private static final int RECENT_FRAMES = 512;

    final String interviewId;
    final Set<Subscriber> members = ConcurrentHashMap.newKeySet();
    /** The last number broadcast here; frames at or below it are duplicates. */
    long lastSequence;
    /** Encoded frames lastSequence-n+1 … lastSequence, for cheap catch-up. */
    private final ArrayDeque<Map.Entry<Long, OutgoingFrame>> recent = new ArrayDeque<>();
    /** The cross-node total the sessions were last told; -1 before the first count. */
    long viewersShown = -1;

    Room(String interviewId, long lastSequence) {
        this.interviewId = interviewId;
        this.lastSequence = lastSequence;
    }

    long viewers() {
        return members.stream().filter(s -> !s.staff).count();
    }

    /** Keeps a broadcast frame as the room's latest. */
    void remember(long sequence, OutgoingFrame frame) {
        lastSequence = sequence;
        recent.addLast(Map.entry(sequence, frame));
        while (recent.size() > RECENT_FRAMES) {
            recent.removeFirst();
        }
    }

    /**
     * Adds the session and, when the recent frames still hold everything numbered above
     * {@code since}, catches it up from them; false when it must catch up from the database.
     */
    synchronized boolean admit(Subscriber subscriber, long since) {
        members.add(subscriber);
        Long oldest = recent.isEmpty() ? null : recent.peekFirst().getKey();
        boolean fromMemory = since >= lastSequence || (oldest != null && since >= oldest - 1);
        if (fromMemory) {
            Map<Long, OutgoingFrame> history = new LinkedHashMap<>();
            recent.stream().filter(e -> e.getKey() > since).forEach(e -> history.put(e.getKey(), e.getValue()));
            subscriber.caughtUp(history);
        }
        return fromMemory;
    }
}
