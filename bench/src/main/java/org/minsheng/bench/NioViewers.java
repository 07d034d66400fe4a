package org.minsheng.bench;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A lean viewer-side WebSocket client for the load test: non-blocking sockets on a few selector
 * threads that read the server's frames as bytes, pick out a post's number and send time without
 * decoding the rest, and answer pings. The JDK's client costs about twice the server's CPU per
 * frame, which on a small machine running both sides would measure the client.
 * Only what the live stream uses is understood: unfragmented text frames, ping, pong and close.
 * This class opens the connections and spreads them over the threads; each thread is a
 * {@link ViewerLoop}.
 */
final class NioViewers implements AutoCloseable {

    /** What the benchmark learns from a connection. */
    interface Events {
        void opened(Connection c);

        void post(Connection c, long sequence, long sentMicros, long receivedMicros);

        void closed(Connection c, int code);
    }

    /** One viewer connection; {@code tag} is the benchmark's own record of it. */
    static final class Connection {
        final Object tag;
        final SocketChannel channel;
        final byte[] request;
        ByteBuffer in = ByteBuffer.allocate(4096);
        boolean upgraded;
        boolean open;

        Connection(Object tag, SocketChannel channel, byte[] request) {
            this.tag = tag;
            this.channel = channel;
            this.request = request;
        }
    }

    private final Semaphore handshakes;
    private final List<ViewerLoop> loops = new ArrayList<>();
    private int next;

    NioViewers(int threads, int concurrentHandshakes, Events events) throws IOException {
        this.handshakes = new Semaphore(concurrentHandshakes);
        for (int i = 0; i < threads; i++) {
            ViewerLoop loop = new ViewerLoop(Selector.open(), events, handshakes);
            Thread t = new Thread(loop, "viewer-io-" + i);
            t.setDaemon(true);
            t.start();
            loops.add(loop);
        }
    }

    /** Opens a viewer of {@code path} on the node at {@code http}; blocks while too many handshakes are pending. */
    void open(Object tag, URI http, String path) throws IOException, InterruptedException {
        handshakes.acquire();
        SocketChannel channel = SocketChannel.open();
        channel.configureBlocking(false);
        byte[] nonce = new byte[16];
        ThreadLocalRandom.current().nextBytes(nonce);
        byte[] request = ("GET " + path + " HTTP/1.1\r\nHost: " + http.getHost() + ":" + http.getPort()
                + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: "
                + Base64.getEncoder().encodeToString(nonce) + "\r\nSec-WebSocket-Version: 13\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        Connection c = new Connection(tag, channel, request);
        channel.connect(new InetSocketAddress(http.getHost(), http.getPort()));
        ViewerLoop loop = loops.get(next++ % loops.size());
        loop.pending.add(c);
        loop.selector.wakeup();
    }

    /** Waits until every requested handshake has finished (either way). */
    void awaitHandshakes(int concurrentHandshakes) throws InterruptedException {
        handshakes.acquire(concurrentHandshakes);
        handshakes.release(concurrentHandshakes);
    }

    @Override
    public void close() throws IOException {
        for (ViewerLoop loop : loops) {
            loop.running = false;
            loop.selector.wakeup();
        }
    }
}
