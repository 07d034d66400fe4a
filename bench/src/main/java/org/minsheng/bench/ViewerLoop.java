package org.minsheng.bench;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import org.minsheng.bench.NioViewers.Connection;

/**
 * One selector thread of the lean viewer client ({@link NioViewers}): finishes connects, sends the
 * upgrade request, reads the handshake answer, then frames in place: a post's number and send time
 * go to the events, pings get a pong, a close frame ends the connection.
 */
final class ViewerLoop implements Runnable {

    private static final byte[] POST_PREFIX = "{\"type\":\"post\"".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SEQ = "\"seq\":".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] MARKER = InterviewBenchmark.MARKER.getBytes(StandardCharsets.US_ASCII);
    private static final byte[] END_OF_HEAD = {'\r', '\n', '\r', '\n'};

    final Selector selector;
    final Queue<Connection> pending = new ConcurrentLinkedQueue<>();
    private final SecureRandom maskSource = new SecureRandom();
    private final NioViewers.Events events;
    /** Shared with {@link NioViewers}: one permit back per handshake ended, either way. */
    private final Semaphore handshakes;
    volatile boolean running = true;

    ViewerLoop(Selector selector, NioViewers.Events events, Semaphore handshakes) {
        this.selector = selector;
        this.events = events;
        this.handshakes = handshakes;
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
                            FrameBytes.writeFully(c.channel, ByteBuffer.wrap(c.request));
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
            int end = FrameBytes.indexOf(c.in, END_OF_HEAD, 0);
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
        if (!FrameBytes.startsWith(b, from, POST_PREFIX)) {
            return;
        }
        int marker = FrameBytes.indexOf(b, MARKER, from, to);
        if (marker < 0) {
            return;
        }
        int seqAt = FrameBytes.indexOf(b, SEQ, from, to);
        long sequence = FrameBytes.digits(b, seqAt + SEQ.length, to);
        int at = marker + MARKER.length;
        while (at < to && b.get(at) != '@') {
            at++;
        }
        long sent = FrameBytes.digits(b, at + 1, to);
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
        FrameBytes.writeFully(c.channel, out);
    }
}
