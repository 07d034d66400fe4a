package org.minsheng.web.interview.live;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.websocket.RemoteEndpoint;
import jakarta.websocket.SendHandler;
import jakarta.websocket.SendResult;
import jakarta.websocket.Session;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The keep-alive: pings go out, a reader that stopped answering or reading is dropped. */
class SubscriberTest {

    private static final long DEADLINE = TimeUnit.SECONDS.toNanos(10);

    /** A session whose sends complete only when the test says so. */
    private static final class FakeSession {
        final List<SendHandler> inFlight = new ArrayList<>();
        final AtomicInteger pings = new AtomicInteger();
        final AtomicInteger texts = new AtomicInteger();
        final Session session;

        FakeSession() {
            RemoteEndpoint.Async remote = (RemoteEndpoint.Async) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {RemoteEndpoint.Async.class}, (proxy, method, args) -> {
                        switch (method.getName()) {
                            case "sendPing" -> pings.incrementAndGet();
                            case "sendText" -> {
                                texts.incrementAndGet();
                                inFlight.add((SendHandler) args[1]);
                            }
                            default -> {
                            }
                        }
                        return null;
                    });
            session = (Session) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Session.class},
                    (proxy, method, args) -> switch (method.getName()) {
                        case "getAsyncRemote" -> remote;
                        case "hashCode" -> System.identityHashCode(proxy);
                        case "equals" -> proxy == args[0];
                        default -> null;
                    });
        }

        void completeAll() {
            List<SendHandler> done = new ArrayList<>(inFlight);
            inFlight.clear();
            done.forEach(h -> h.onResult(new SendResult()));
        }
    }

    private final List<Subscriber> dropped = new ArrayList<>();

    private Subscriber subscriber(FakeSession fake) {
        Subscriber s = new Subscriber(fake.session, "i1", false, 0, 256, dropped::add, dropped::add);
        s.caughtUp(java.util.Map.of());
        return s;
    }

    @Test
    void aListeningClientThatAnswersPingsStaysOpen() {
        FakeSession fake = new FakeSession();
        Subscriber s = subscriber(fake);
        long now = System.nanoTime();
        for (int round = 1; round <= 10; round++) {
            now += TimeUnit.SECONDS.toNanos(5);
            s.keepAlive(now, DEADLINE);
            s.ponged(now);
        }
        assertThat(fake.pings.get()).isEqualTo(10);
        assertThat(dropped).isEmpty();
    }

    @Test
    void aReaderThatNeverAnswersIsDroppedEvenThoughEverySendCompletes() {
        FakeSession fake = new FakeSession();
        Subscriber s = subscriber(fake);
        long now = System.nanoTime();
        for (int round = 1; round <= 3 && dropped.isEmpty(); round++) {
            s.offer(round, OutgoingFrame.of("{\"type\":\"post\",\"seq\":" + round + "}"));
            fake.completeAll(); // the kernel's buffers still take its data
            now += TimeUnit.SECONDS.toNanos(6);
            s.keepAlive(now, DEADLINE);
        }
        assertThat(dropped).containsExactly(s);
        assertThat(s.closed()).isTrue();
    }

    @Test
    void aSendStuckPastTheDeadlineDropsTheSessionAndThePingWaitsForTheSendInFlight() {
        FakeSession fake = new FakeSession();
        Subscriber s = subscriber(fake);
        s.offer(1, OutgoingFrame.of("{\"type\":\"post\",\"seq\":1}"));
        long start = System.nanoTime();
        s.keepAlive(start + TimeUnit.SECONDS.toNanos(1), DEADLINE);
        assertThat(fake.pings.get()).as("no ping beside a send in flight").isZero();
        fake.completeAll();
        assertThat(fake.pings.get()).as("sent once the send completed").isEqualTo(1);
        s.ponged(start + TimeUnit.SECONDS.toNanos(2));

        s.offer(2, OutgoingFrame.of("{\"type\":\"post\",\"seq\":2}"));
        s.keepAlive(System.nanoTime() + DEADLINE + TimeUnit.SECONDS.toNanos(1), DEADLINE + TimeUnit.SECONDS.toNanos(60));
        assertThat(dropped).isEmpty();
        s.keepAlive(System.nanoTime() + DEADLINE * 3, DEADLINE);
        assertThat(dropped).containsExactly(s);
    }
}
