package org.minsheng.web.interview.live;

import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;

/**
 * Where a session's sends are cheapest: on the I/O thread that owns its connection. A send from
 * any other thread makes the container hand the write over to that thread, once per session and
 * frame; a broadcast instead hands each I/O thread one task with all of its sessions, which then
 * write without further hand-overs. The thread comes from {@link SessionSender}; outside Undertow
 * sends stay on the calling thread.
 */
final class SendThreads {

    static final Executor CALLING_THREAD = Runnable::run;

    private SendThreads() {
    }

    /** Runs {@code action} for every subscriber, one task per send thread. */
    static void forEach(Collection<Subscriber> subscribers, Consumer<Subscriber> action) {
        Map<Executor, List<Subscriber>> byThread = new IdentityHashMap<>();
        for (Subscriber s : subscribers) {
            byThread.computeIfAbsent(s.sendThread, t -> new ArrayList<>()).add(s);
        }
        byThread.forEach((thread, group) -> {
            Runnable task = () -> group.forEach(action);
            try {
                thread.execute(task);
            } catch (RejectedExecutionException e) {
                task.run(); // the thread is shutting down
            }
        });
    }
}
