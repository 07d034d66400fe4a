package org.minsheng.web.interview.live;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;
import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.minsheng.interview.api.FeedListener;
import org.minsheng.interview.api.InterviewFeed;
import org.minsheng.interview.api.PostView;
import org.minsheng.interview.application.InterviewQueries;
import org.minsheng.interview.application.ViewerCounts;

/**
 * The node's fan-out of live interview streams to its WebSocket sessions. Posts arrive from the
 * node's Kafka feed; per interview they are put in sequence order (duplicates dropped, gaps
 * filled from the database, which always holds a post before it is on Kafka), encoded once, and
 * queued to every session. Each session has its own bounded queue: a slow one is closed with
 * 1013 (try again later) and counted, never slowing the others.
 */
@ApplicationScoped
public class LiveHub implements FeedListener {

    private static final Logger LOG = Logger.getLogger(LiveHub.class.getName());
    /** Frames a session may have waiting before it counts as too slow. */
    static final int SESSION_QUEUE = 256;
    private static final int HISTORY_PAGE = 1000;

    @EJB
    InterviewFeed feed;

    @EJB
    InterviewQueries interviews;

    @EJB
    ViewerCounts viewerCounts;

    @Resource
    ManagedExecutorService executor;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private final String node = UUID.randomUUID().toString();
    private final Map<String, Room> rooms = new ConcurrentHashMap<>();
    private final Map<Session, Subscriber> sessions = new ConcurrentHashMap<>();
    private final LiveMetrics metrics = new LiveMetrics();
    private final AtomicBoolean listening = new AtomicBoolean();
    private volatile ScheduledFuture<?> counting;
    private volatile ScheduledFuture<?> pinging;
    /** Seconds of keep-alive so far; only the scheduler's one task touches it. */
    private long keepAliveTicks;

    /** Seconds between keep-alive pings; well below the HTTP listener's read timeout (90 s). */
    @Inject
    @ConfigProperty(name = "minsheng.interview.ping-seconds", defaultValue = "25")
    int pingSeconds;

    /** Subscribes to the node's feed when the first session joins, so deployment never waits on it. */
    private void listenOnce() {
        if (listening.compareAndSet(false, true)) {
            feed.listen(this);
            counting = scheduler.scheduleWithFixedDelay(this::reportViewers, 2, 2, TimeUnit.SECONDS);
            pinging = scheduler.scheduleWithFixedDelay(this::keepAlive, 1, 1, TimeUnit.SECONDS);
        }
    }

    /**
     * Pings every session once per interval (see {@link Subscriber}); one that has not answered for
     * two intervals (at least 10 s), or whose send is stuck that long, is dropped as too slow. Each
     * second pings one slice of the sessions rather than all at once, so a round of tens of
     * thousands of pings (and their pongs) never lands on top of a post's fan-out.
     */
    private void keepAlive() {
        long now = System.nanoTime();
        long deadline = TimeUnit.SECONDS.toNanos(Math.max(10, 2L * pingSeconds));
        int slices = Math.max(1, pingSeconds);
        int slice = (int) (keepAliveTicks++ % slices);
        List<Subscriber> due = sessions.values().stream().filter(s -> s.pingSlice(slices) == slice).toList();
        SendThreads.forEach(due, s -> s.keepAlive(now, deadline));
        if (slice == slices - 1) {
            metrics.keepAliveRound();
        }
    }

    @PreDestroy
    void stop() {
        if (counting != null) {
            counting.cancel(false);
        }
        if (pinging != null) {
            pinging.cancel(false);
        }
    }

    /** A session joins an interview; it first receives every post numbered above {@code since}. */
    void join(Session session, String interviewId, long since, boolean staff) {
        listenOnce();
        Room room = rooms.computeIfAbsent(interviewId,
                id -> new Room(id, interviews.interview(id).lastSequence()));
        Subscriber subscriber = new Subscriber(session, interviewId, staff, Math.max(0, since), SESSION_QUEUE,
                this::tooSlow, this::sendFailed);
        sessions.put(session, subscriber);
        metrics.sendPath(subscriber.sender.path());
        if (!room.admit(subscriber, since)) {
            executor.execute(() -> catchUpFromDatabase(subscriber, since));
        }
    }

    private void catchUpFromDatabase(Subscriber subscriber, long since) {
        try {
            Map<Long, OutgoingFrame> history = new LinkedHashMap<>();
            long after = since;
            for (List<PostView> page = interviews.history(subscriber.interviewId, after, HISTORY_PAGE);
                 !page.isEmpty(); page = interviews.history(subscriber.interviewId, after, HISTORY_PAGE)) {
                for (PostView p : page) {
                    history.put(p.sequence(), OutgoingFrame.of(Frames.post(p)));
                }
                after = page.get(page.size() - 1).sequence();
                if (page.size() < HISTORY_PAGE) {
                    break;
                }
            }
            subscriber.caughtUp(history);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Catch-up failed; closing the session so it reconnects", e);
            close(subscriber.session, CloseReason.CloseCodes.TRY_AGAIN_LATER, "catch-up failed");
        }
    }

    void leave(Session session) {
        Subscriber subscriber = sessions.remove(session);
        if (subscriber != null) {
            subscriber.markClosed();
            Room room = rooms.get(subscriber.interviewId);
            if (room != null) {
                room.members.remove(subscriber);
            }
        }
    }

    /** A session's pong arrived (the answer to the keep-alive ping). */
    void ponged(Session session) {
        Subscriber subscriber = sessions.get(session);
        if (subscriber != null) {
            subscriber.ponged(System.nanoTime());
        }
    }

    /** Sends a frame to one session only (pong, error). */
    void reply(Session session, String frame) {
        Subscriber subscriber = sessions.get(session);
        if (subscriber != null) {
            subscriber.enqueue(OutgoingFrame.of(frame));
        }
    }

    @Override
    public void post(PostView post) {
        Room room = rooms.get(post.interviewId());
        if (room == null) {
            return; // nobody watches this interview on this node
        }
        metrics.feedLag(System.currentTimeMillis() - post.postedAt().toEpochMilli());
        synchronized (room) {
            if (post.sequence() <= room.lastSequence) {
                return; // redelivered
            }
            if (post.sequence() > room.lastSequence + 1) {
                // Missed while the feed (re)started, or overtaken: the database has every post up to this one.
                for (PostView missing : interviews.history(room.interviewId, room.lastSequence,
                        (int) Math.min(HISTORY_PAGE, post.sequence() - room.lastSequence - 1))) {
                    if (missing.sequence() < post.sequence()) {
                        broadcast(room, missing);
                    }
                }
            }
            broadcast(room, post);
        }
    }

    private void broadcast(Room room, PostView post) {
        OutgoingFrame frame = OutgoingFrame.of(Frames.post(post));
        room.remember(post.sequence(), frame);
        long start = System.nanoTime();
        long sequence = post.sequence();
        SendThreads.forEach(room.members, s -> s.offer(sequence, frame));
        metrics.broadcast(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start), room.members.size());
    }

    @Override
    public void queueChanged(String interviewId, String questionId, String change) {
        Room room = rooms.get(interviewId);
        if (room == null) {
            return;
        }
        OutgoingFrame frame = OutgoingFrame.of(Frames.queue(interviewId, questionId, change));
        room.members.stream().filter(s -> s.staff).forEach(s -> s.enqueue(frame));
    }

    private void tooSlow(Subscriber subscriber) {
        metrics.droppedSlowSession();
        Room room = rooms.get(subscriber.interviewId);
        if (room != null) {
            room.members.remove(subscriber);
        }
        // Closing may touch the network; never on the broadcasting thread.
        executor.execute(() -> close(subscriber.session, CloseReason.CloseCodes.TRY_AGAIN_LATER,
                "too slow; reconnect and resume"));
    }

    private void sendFailed(Subscriber subscriber) {
        metrics.failedSend();
        Room room = rooms.get(subscriber.interviewId);
        if (room != null) {
            room.members.remove(subscriber);
        }
        executor.execute(() -> close(subscriber.session, CloseReason.CloseCodes.UNEXPECTED_CONDITION,
                "send failed; reconnect and resume"));
    }

    static void close(Session session, CloseReason.CloseCode code, String reason) {
        try {
            if (session.isOpen()) {
                session.close(new CloseReason(code, reason));
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.FINE, "Close failed", e);
        }
    }

    /** Publishes this node's counts and shows every node's total to the viewers. */
    private void reportViewers() {
        try {
            Map<String, Integer> counts = new HashMap<>();
            rooms.forEach((id, room) -> counts.put(id, (int) room.viewers()));
            Map<String, Long> totals = viewerCounts.report(node, counts);
            rooms.forEach((id, room) -> {
                long total = totals.getOrDefault(id, 0L);
                if (total != room.viewersShown) {
                    room.viewersShown = total;
                    OutgoingFrame frame = OutgoingFrame.of(Frames.viewers(total));
                    SendThreads.forEach(room.members, s -> s.enqueue(frame));
                }
            });
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Viewer count not reported", e);
        }
    }

    /** The live count of one interview across nodes, as last reported. */
    public long viewers(String interviewId) {
        Room room = rooms.get(interviewId);
        return room == null ? 0 : Math.max(room.viewersShown, room.viewers());
    }

    /** This node's fan-out figures with its current sessions. */
    public LiveMetrics.Snapshot metrics() {
        long viewers = sessions.values().stream().filter(s -> !s.staff).count();
        int largestQueue = sessions.values().stream().mapToInt(Subscriber::queued).max().orElse(0);
        return metrics.snapshot(viewers, sessions.size() - viewers, largestQueue, feed.running());
    }
}
