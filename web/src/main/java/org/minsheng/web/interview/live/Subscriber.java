package org.minsheng.web.interview.live;

import jakarta.websocket.Session;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * One WebSocket session's outgoing side: a bounded queue with at most one send in flight, so a
 * slow reader only ever fills its own queue. When the queue is full the session is handed to
 * {@code onOverflow} (closed as too slow); it may reconnect and resume from its last number.
 * Numbered frames are de-duplicated and kept in order; while the session catches up on history,
 * live frames wait aside.
 *
 * <p>Viewers only listen, and the HTTP listener closes connections that send nothing for its read
 * timeout (90 s by default): a periodic ping makes every client answer with a pong, which keeps a
 * healthy connection open. A client that stops reading never sees the pings, so the same sweep
 * drops a session that has not answered for too long, or whose send has been in flight too long,
 * even when the kernel's buffers swallow everything at a slow posting rate and its queue never fills.
 */
final class Subscriber {

    private static final byte[] PING = {'m', 's'};

    final Session session;
    /** The thread broadcasts hand this session's frames to (see {@link SendThreads}). */
    final Executor sendThread;
    final SessionSender sender;
    final String interviewId;
    final boolean staff;
    private final int capacity;
    private final Consumer<Subscriber> onOverflow;
    private final Consumer<Subscriber> onFailure;
    private final ArrayDeque<OutgoingFrame> queue = new ArrayDeque<>();
    private final TreeMap<Long, OutgoingFrame> heldDuringCatchUp = new TreeMap<>();
    private long lastEnqueued;
    private boolean catchingUp = true;
    private boolean sending;
    private boolean inSend;
    private boolean completedInline;
    private boolean closed;
    private long sendStartedNanos;
    private long lastPongNanos = System.nanoTime();
    private boolean pingDue;

    Subscriber(Session session, String interviewId, boolean staff, long since, int capacity,
               Consumer<Subscriber> onOverflow, Consumer<Subscriber> onFailure) {
        this.session = session;
        this.sender = SessionSender.of(session);
        this.sendThread = sender.thread();
        this.interviewId = interviewId;
        this.staff = staff;
        this.lastEnqueued = since;
        this.capacity = capacity;
        this.onOverflow = onOverflow;
        this.onFailure = onFailure;
    }

    /** A numbered frame from the live stream. */
    synchronized void offer(long sequence, OutgoingFrame frame) {
        if (closed || sequence <= lastEnqueued) {
            return;
        }
        if (catchingUp) {
            heldDuringCatchUp.put(sequence, frame);
            if (heldDuringCatchUp.size() > capacity) {
                overflow();
            }
            return;
        }
        lastEnqueued = sequence;
        enqueue(frame);
    }

    /** History first (in order), then what arrived meanwhile; afterwards frames go straight out. */
    synchronized void caughtUp(Map<Long, OutgoingFrame> history) {
        history.forEach(this::enqueueIfNew);
        heldDuringCatchUp.forEach(this::enqueueIfNew);
        heldDuringCatchUp.clear();
        catchingUp = false;
    }

    synchronized long lastSequence() {
        return lastEnqueued;
    }

    private void enqueueIfNew(long sequence, OutgoingFrame frame) {
        if (sequence > lastEnqueued && !closed) {
            lastEnqueued = sequence;
            enqueue(frame);
        }
    }

    /** An unnumbered frame (viewer count, queue change, error, pong). */
    synchronized void enqueue(OutgoingFrame frame) {
        if (closed) {
            return;
        }
        if (queue.size() >= capacity) {
            overflow();
            return;
        }
        queue.add(frame);
        if (!sending) {
            sendLoop();
        }
    }

    /**
     * The periodic keep-alive: a ping now, or after the send in flight; a send in flight for longer
     * than {@code deadlineNanos}, or no pong for that long, means the reader stalled, and the
     * session is dropped as too slow.
     */
    synchronized void keepAlive(long nowNanos, long deadlineNanos) {
        if (closed) {
            return;
        }
        if (nowNanos - lastPongNanos > deadlineNanos || (sending && nowNanos - sendStartedNanos > deadlineNanos)) {
            overflow();
        } else if (sending) {
            pingDue = true;
        } else {
            ping();
        }
    }

    /** The client answered a ping: it is still reading. */
    synchronized void ponged(long nowNanos) {
        lastPongNanos = nowNanos;
    }

    private void ping() {
        pingDue = false;
        try {
            session.getAsyncRemote().sendPing(ByteBuffer.wrap(PING));
        } catch (IOException | RuntimeException e) {
            failed();
        }
    }

    private void sendLoop() {
        while (!closed) {
            if (pingDue) {
                ping();
                continue;
            }
            OutgoingFrame frame = queue.poll();
            if (frame == null) {
                sending = false;
                return;
            }
            sending = true;
            sendStartedNanos = System.nanoTime();
            inSend = true;
            completedInline = false;
            try {
                sender.send(frame, this::sent);
            } catch (RuntimeException e) {
                failed();
                return;
            } finally {
                inSend = false;
            }
            if (!completedInline) {
                return; // the completion callback continues the loop
            }
        }
    }

    private synchronized void sent(boolean written) {
        if (!written) {
            failed();
            return;
        }
        if (inSend) {
            completedInline = true; // completed inside sendText on this thread: the loop goes on
            return;
        }
        sendLoop();
    }

    /** A send failed: the session is closed so that its client reconnects and resumes, never left mute. */
    private void failed() {
        if (!closed) {
            closed = true;
            queue.clear();
            heldDuringCatchUp.clear();
            onFailure.accept(this);
        }
    }

    private void overflow() {
        closed = true;
        queue.clear();
        heldDuringCatchUp.clear();
        onOverflow.accept(this);
    }

    /** Which of {@code slices} keep-alive slices this session is pinged in (spread evenly, fixed for its life). */
    int pingSlice(int slices) {
        return Math.floorMod(System.identityHashCode(this), slices);
    }

    synchronized boolean closed() {
        return closed;
    }

    synchronized void markClosed() {
        closed = true;
        queue.clear();
    }

    synchronized int queued() {
        return queue.size();
    }
}
