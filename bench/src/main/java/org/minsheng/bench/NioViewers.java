package org.minsheng.bench;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A lean viewer-side WebSocket client for the load test: non-blocking sockets on a few selector
 * threads that read the server's frames as bytes, pick out a post's number and send time without
 * decoding the rest, and answer pings. The JDK's client costs about twice the server's CPU per
 * frame, which on a small machine running both sides would measure the client.
 * Only what the live stream uses is understood: unfragmented text frames, ping, pong and close.
 */
final class NioViewers implements AutoCloseable {

    /** What the benchmark learns from a connection. */
    interface Events {
        void opened(Connection c);

        void post(Connection c, long sequence, long sentMicros, long receivedMicros);

        void closed(Connection c, int code);
    }

    private static final byte[] POST_PREFIX = "{\"type\":\"post\"".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SEQ = "\"seq\":".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] MARKER = "bench-post-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] END_OF_HEAD = {'\r', '\n', '\r', '\n'};

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

    private final Events events;
    private final Semaphore handshakes;
    private final List<Loop> loops = new ArrayList<>();
    private int next;

    NioViewers(int threads, int concurrentHandshakes, Events events) throws IOException {
        this.events = events;
        this.handshakes = new Semaphore(concurrentHandshakes);
        for (int i = 0; i < threads; i++) {
            Loop loop = new Loop(Selector.open());
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
        Loop loop = loops.get(next++ % loops.size());
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
        for (Loop loop : loops) {
            loop.running = false;
            loop.selector.wakeup();
        }
    }

    private final class Loop implements Runnable {
        final Selector selector;
        final Queue<Connection> pending = new ConcurrentLinkedQueue<>();
        final SecureRandom maskSource = new SecureRandom();
        volatile boolean running = true;

        Loop(Selector selector) {
            this.selector = selector;
        }

        @Override
        public void run() {
            try {
                while (running) {
                    selector.select(100);
                    for (Connection c = pending.poll(); c != null; c = pending.poll()) {
                        c.channel.register(selector, SelectionKey.OP_CONNECT, c);
                    }
                    for (SelectionKey key : selector.selectedKeys()) {
                        Connection c = (Connection) key.attachment();
                        try {
                            if (key.isValid() && key.isConnectable()) {
                                c.channel.finishConnect();
                                writeFully(c.channel, ByteBuffer.wrap(c.request));
                                key.interestOps(SelectionKey.OP_READ);
                            } else if (key.isValid() && key.isReadable()) {
                                read(c, key);
                            }
                        } catch (IOException | RuntimeException e) {
                            fail(c, key);
                        }
                    }
                    selector.selectedKeys().clear();
                }
                for (SelectionKey key : selector.keys()) {
                    key.channel().close();
                }
                selector.close();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        private void fail(Connection c, SelectionKey key) {
            key.cancel();
            try {
                c.channel.close();
            } catch (IOException ignored) {
                // closing anyway
            }
            if (!c.upgraded) {
                c.upgraded = true;
                handshakes.release();
                events.closed(c, -1);
            } else if (c.open) {
                c.open = false;
                events.closed(c, 1006);
            }
        }

        private void read(Connection c, SelectionKey key) throws IOException {
            int n = c.channel.read(c.in);
            if (n < 0) {
                fail(c, key);
                return;
            }
            c.in.flip();
            if (!c.upgraded) {
                int end = indexOf(c.in, END_OF_HEAD, 0);
                if (end < 0) {
                    c.in.compact();
                    return;
                }
                boolean switched = c.in.get(9) == '1' && c.in.get(10) == '0' && c.in.get(11) == '1';
                c.in.position(end + END_OF_HEAD.length);
                c.upgraded = true;
                handshakes.release();
                if (!switched) {
                    fail(c, key);
                    return;
                }
                c.open = true;
                events.opened(c);
            }
            while (frame(c, key)) {
                // one frame handled; look for the next
            }
            if (c.in.hasRemaining() && c.in.position() == 0 && c.in.limit() == c.in.capacity()) {
                ByteBuffer bigger = ByteBuffer.allocate(c.in.capacity() * 2); // a frame larger than the buffer
                bigger.put(c.in);
                c.in = bigger;
            } else {
                c.in.compact();
            }
        }

        /** Handles one complete frame at the buffer's position; false when the frame is not all there. */
        private boolean frame(Connection c, SelectionKey key) throws IOException {
            ByteBuffer b = c.in;
            int start = b.position();
            if (b.remaining() < 2) {
                return false;
            }
            int opcode = b.get(start) & 0x0f;
            int len = b.get(start + 1) & 0x7f;
            int header = 2;
            long length = len;
            if (len == 126) {
                if (b.remaining() < 4) {
                    return false;
                }
                length = b.getShort(start + 2) & 0xffff;
                header = 4;
            } else if (len == 127) {
                if (b.remaining() < 10) {
                    return false;
                }
                length = b.getLong(start + 2);
                header = 10;
            }
            if (b.remaining() < header + length) {
                return false;
            }
            int payload = start + header;
            int end = (int) (payload + length);
            switch (opcode) {
                case 0x1 -> text(c, b, payload, end);
                case 0x9 -> pong(c, b, payload, end);
                case 0x8 -> {
                    int code = length >= 2 ? b.getShort(payload) & 0xffff : 1005;
                    key.cancel();
                    c.channel.close();
                    if (c.open) {
                        c.open = false;
                        events.closed(c, code);
                    }
                    b.position(end);
                    return false;
                }
                default -> {
                    // pong or continuation: nothing to do
                }
            }
            b.position(end);
            return true;
        }

        private void text(Connection c, ByteBuffer b, int from, int to) {
            if (!startsWith(b, from, POST_PREFIX)) {
                return;
            }
            int marker = indexOf(b, MARKER, from, to);
            if (marker < 0) {
                return;
            }
            int seqAt = indexOf(b, SEQ, from, to);
            long sequence = digits(b, seqAt + SEQ.length, to);
            int at = marker + MARKER.length;
            while (at < to && b.get(at) != '@') {
                at++;
            }
            long sent = digits(b, at + 1, to);
            events.post(c, sequence, sent, InterviewBenchmark.epochMicros());
        }

        /** Answers a ping with a pong carrying the same data, masked as client frames must be. */
        private void pong(Connection c, ByteBuffer b, int from, int to) throws IOException {
            int length = to - from;
            ByteBuffer out = ByteBuffer.allocate(6 + length);
            out.put((byte) 0x8A).put((byte) (0x80 | length));
            byte[] mask = new byte[4];
            maskSource.nextBytes(mask);
            out.put(mask);
            for (int i = 0; i < length; i++) {
                out.put((byte) (b.get(from + i) ^ mask[i % 4]));
            }
            out.flip();
            writeFully(c.channel, out);
        }
    }

    private static void writeFully(SocketChannel channel, ByteBuffer out) throws IOException {
        for (int spins = 0; out.hasRemaining(); spins++) {
            if (channel.write(out) == 0 && spins > 1000) {
                throw new IOException("the server does not read");
            }
        }
    }

    private static boolean startsWith(ByteBuffer b, int from, byte[] prefix) {
        if (b.limit() - from < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (b.get(from + i) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(ByteBuffer b, byte[] needle, int from) {
        return indexOf(b, needle, from, b.limit());
    }

    private static int indexOf(ByteBuffer b, byte[] needle, int from, int to) {
        outer:
        for (int i = Math.max(from, b.position()); i <= to - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (b.get(i + j) != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static long digits(ByteBuffer b, int from, int to) {
        long value = 0;
        for (int i = from; i < to; i++) {
            byte d = b.get(i);
            if (d < '0' || d > '9') {
                break;
            }
            value = value * 10 + (d - '0');
        }
        return value;
    }
}
