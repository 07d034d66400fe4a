package org.minsheng.bench;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;

/**
 * Byte-level helpers of the lean viewer client: searching and reading a frame where it lies in the
 * buffer, so the per-frame path neither copies nor decodes, and writing to a non-blocking channel.
 */
final class FrameBytes {

    private FrameBytes() {
    }

    static void writeFully(SocketChannel channel, ByteBuffer out) throws IOException {
        for (int spins = 0; out.hasRemaining(); spins++) {
            if (channel.write(out) == 0 && spins > 1000) {
                throw new IOException("the server does not read");
            }
        }
    }

    static boolean startsWith(ByteBuffer b, int from, byte[] prefix) {
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

    static int indexOf(ByteBuffer b, byte[] needle, int from) {
        return indexOf(b, needle, from, b.limit());
    }

    static int indexOf(ByteBuffer b, byte[] needle, int from, int to) {
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

    static long digits(ByteBuffer b, int from, int to) {
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
