package org.minsheng.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.DataFormatException;
import org.HdrHistogram.Histogram;

/**
 * The floor under the interview benchmark: the same fan-out (one frame per second to every
 * socket, one write per frame, loopback TCP, the same machine for senders and receivers) with no
 * framework, no broker and no database. Writer processes accept their share of the sockets and
 * write one pre-built WebSocket text frame to each in turn; reader processes read the frames and
 * record how long after the writer's tick each arrived. What this prints is the best any server
 * on this machine can do for that many viewers; the interview benchmark's figures are read against
 * it.
 *
 * <pre>bin/minsheng bench fanout-floor --sockets 20000 --seconds 60</pre>
 */
public final class FanoutFloor {

    private static final int WARM_UP_TICKS = 5;
    private static final long MAX_MICROS = TimeUnit.MINUTES.toMicros(5);
    /** Per-process open files are limited (20,000 here), so no process holds more than this. */
    private static final int MAX_SOCKETS_PER_PROCESS = 15_000;

    private FanoutFloor() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> o = options(args);
        switch (o.getOrDefault("role", "main")) {
            case "writer" -> writer(Integer.parseInt(o.get("port")), Integer.parseInt(o.get("sockets")),
                    Integer.parseInt(o.get("bytes")), Integer.parseInt(o.get("seconds")));
            case "reader" -> reader(o.get("ports"), Integer.parseInt(o.get("bytes")));
            default -> coordinate(o);
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> o = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--help") || args[i].equals("-h")) {
                System.out.println("bin/minsheng bench fanout-floor [--sockets 20000] [--writers 2] [--readers 2]"
                        + " [--bytes 300] [--seconds 60] [--port 19500]");
                System.exit(0);
            }
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                System.err.println("bench fanout-floor: bad option " + args[i] + " (try --help)");
                System.exit(2);
            }
            o.put(args[i].substring(2), args[++i]);
        }
        return o;
    }

    /** Starts the writer and reader processes, then merges what the readers measured. */
    private static void coordinate(Map<String, String> o) throws Exception {
        int sockets = Integer.parseInt(o.getOrDefault("sockets", "20000"));
        int writers = Integer.parseInt(o.getOrDefault("writers", "2"));
        int readers = Integer.parseInt(o.getOrDefault("readers", "2"));
        int bytes = Integer.parseInt(o.getOrDefault("bytes", "300"));
        int seconds = Integer.parseInt(o.getOrDefault("seconds", "60"));
        int port = Integer.parseInt(o.getOrDefault("port", "19500"));
        if (bytes < 32 || sockets < writers * readers
                || Math.max(sockets / writers, sockets / readers) > MAX_SOCKETS_PER_PROCESS) {
            System.err.printf("bench fanout-floor: need --bytes >= 32, at least one socket per writer and reader,"
                    + " and at most %,d sockets per process%n", MAX_SOCKETS_PER_PROCESS);
            System.exit(2);
        }
        System.out.printf("fan-out floor: %,d sockets, %d writer and %d reader processes, one %d-byte frame"
                + " per socket per second for %d s (first %d s not counted)%n",
                sockets, writers, readers, bytes, seconds, WARM_UP_TICKS);
        List<Process> processes = new ArrayList<>();
        StringBuilder ports = new StringBuilder();
        for (int w = 0; w < writers; w++) {
            int perWriter = sockets / writers + (w < sockets % writers ? 1 : 0);
            processes.add(child("writer", "--port", Integer.toString(port + w), "--sockets", Integer.toString(perWriter),
                    "--bytes", Integer.toString(bytes), "--seconds", Integer.toString(seconds)));
            ports.append(w == 0 ? "" : ",").append(port + w).append(':').append(perWriter);
        }
        Thread.sleep(1000); // the writers bind their ports
        List<Process> readerProcesses = new ArrayList<>();
        for (int r = 0; r < readers; r++) {
            readerProcesses.add(child("reader", "--ports", ports + "/" + r + "/" + readers,
                    "--bytes", Integer.toString(bytes)));
        }
        processes.addAll(readerProcesses);
        Histogram total = new Histogram(MAX_MICROS, 3);
        long frames = 0;
        for (Process reader : readerProcesses) {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(reader.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line; (line = out.readLine()) != null; ) {
                    if (line.startsWith("HISTOGRAM ")) {
                        Histogram h = decode(line.substring(10));
                        total.add(h);
                        frames += h.getTotalCount();
                    } else {
                        System.out.println(line);
                    }
                }
            }
        }
        for (Process p : processes) {
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
        double ms = 1000.0;
        System.out.printf("frames received %,d; latency from tick to reader p50 %.1f / p99 %.1f / max %.1f ms%n",
                frames, total.getValueAtPercentile(50) / ms, total.getValueAtPercentile(99) / ms,
                total.getMaxValue() / ms);
    }

    private static Process child(String role, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "-Xmx512m", "-XX:+UseParallelGC", "-cp", System.getProperty("java.class.path"),
                FanoutFloor.class.getName(), "--role", role));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
        if (role.equals("writer")) {
            builder.redirectOutput(ProcessBuilder.Redirect.INHERIT);
        }
        return builder.start();
    }

    /** Accepts its sockets, then once a second writes the same frame to each, one write per socket. */
    private static void writer(int port, int sockets, int bytes, int seconds) throws IOException, InterruptedException {
        List<SocketChannel> channels = new ArrayList<>(sockets);
        try (ServerSocketChannel server = ServerSocketChannel.open()) {
            server.bind(new InetSocketAddress("127.0.0.1", port), 4096);
            while (channels.size() < sockets) {
                SocketChannel c = server.accept();
                c.setOption(StandardSocketOptions.TCP_NODELAY, true);
                c.configureBlocking(false);
                channels.add(c);
            }
        }
        Thread.sleep(1000);
        ByteBuffer frame = ByteBuffer.allocateDirect(bytes);
        long shortWrites = 0;
        long next = System.nanoTime();
        for (int tick = 0; tick < seconds; tick++) {
            fillFrame(frame, bytes, nowMicros());
            for (SocketChannel c : channels) {
                ByteBuffer view = frame.duplicate();
                c.write(view);
                if (view.hasRemaining()) {
                    shortWrites++; // a full socket buffer: a real server would queue or drop
                }
            }
            next += TimeUnit.SECONDS.toNanos(1);
            long wait = next - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
        }
        if (shortWrites > 0) {
            System.out.printf("writer on %d: %,d frames only partly written%n", port, shortWrites);
        }
        for (SocketChannel c : channels) {
            c.close();
        }
    }

    // A WebSocket text frame as a server sends it (unmasked), its payload starting with the tick time.
    private static void fillFrame(ByteBuffer frame, int bytes, long micros) {
        int payload = bytes - 4;
        frame.clear();
        frame.put((byte) 0x81).put((byte) 126).putShort((short) payload);
        byte[] time = Long.toString(micros).getBytes(StandardCharsets.US_ASCII);
        frame.put(time);
        for (int i = time.length; i < payload; i++) {
            frame.put((byte) ' ');
        }
        frame.flip();
    }

    /**
     * Connects its share of every writer's sockets ({@code port:count,…/index/readers}) and records
     * each frame's delay after its tick; stops when the writers close the sockets.
     */
    private static void reader(String spec, int bytes) throws IOException {
        String[] parts = spec.split("/");
        int index = Integer.parseInt(parts[1]);
        int readers = Integer.parseInt(parts[2]);
        Selector selector = Selector.open();
        int opened = 0;
        for (String writer : parts[0].split(",")) {
            int port = Integer.parseInt(writer.substring(0, writer.indexOf(':')));
            int count = Integer.parseInt(writer.substring(writer.indexOf(':') + 1));
            int mine = count / readers + (index < count % readers ? 1 : 0);
            for (int i = 0; i < mine; i++) {
                SocketChannel c = SocketChannel.open(new InetSocketAddress("127.0.0.1", port));
                c.configureBlocking(false);
                c.register(selector, SelectionKey.OP_READ, ByteBuffer.allocate(bytes));
                opened++;
            }
        }
        Histogram latency = new Histogram(MAX_MICROS, 3);
        ByteBuffer in = ByteBuffer.allocateDirect(64 * 1024);
        long countFrom = nowMicros() + TimeUnit.SECONDS.toMicros(WARM_UP_TICKS + 1);
        int open = opened;
        while (open > 0) {
            selector.select();
            for (var it = selector.selectedKeys().iterator(); it.hasNext(); ) {
                SelectionKey key = it.next();
                it.remove();
                SocketChannel c = (SocketChannel) key.channel();
                ByteBuffer pending = (ByteBuffer) key.attachment();
                in.clear();
                int n = c.read(in);
                long now = nowMicros();
                if (n < 0) {
                    key.cancel();
                    c.close();
                    open--;
                    continue;
                }
                in.flip();
                while (in.hasRemaining()) {
                    // Copy at most the rest of the current frame, without a slice object per read.
                    int end = in.limit();
                    in.limit(in.position() + Math.min(pending.remaining(), in.remaining()));
                    pending.put(in);
                    in.limit(end);
                    if (!pending.hasRemaining()) {
                        long sent = parseTime(pending);
                        if (sent >= countFrom) {
                            latency.recordValue(Math.min(Math.max(0, now - sent), MAX_MICROS));
                        }
                        pending.clear();
                    }
                }
            }
        }
        System.out.printf("reader %d: %,d sockets%n", index, opened);
        System.out.println("HISTOGRAM " + encode(latency));
    }

    private static long parseTime(ByteBuffer frame) {
        long value = 0;
        for (int i = 4; i < frame.limit(); i++) {
            byte b = frame.get(i);
            if (b < '0' || b > '9') {
                break;
            }
            value = value * 10 + (b - '0');
        }
        return value;
    }

    private static long nowMicros() {
        return ChronoUnit.MICROS.between(Instant.EPOCH, Instant.now());
    }

    private static String encode(Histogram h) {
        ByteBuffer buffer = ByteBuffer.allocate(h.getNeededByteBufferCapacity());
        int length = h.encodeIntoCompressedByteBuffer(buffer);
        byte[] bytes = new byte[length];
        buffer.flip();
        buffer.get(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    private static Histogram decode(String text) throws DataFormatException {
        return Histogram.decodeFromCompressedByteBuffer(ByteBuffer.wrap(Base64.getDecoder().decode(text)), MAX_MICROS);
    }
}
