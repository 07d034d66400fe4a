package org.minsheng.intake.domain;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Removes metadata from a JPEG segment by segment, without decoding or re-encoding the image:
 * EXIF and XMP (APP1, which carry GPS positions and camera serial numbers), IPTC (APP13),
 * comments and every other application segment are dropped; JFIF (APP0), the ICC colour profile
 * (APP2) and the Adobe colour-transform marker (APP14) stay because viewers need them to show the
 * colours right. Walking the segments also proves the file is a complete JPEG.
 */
final class JpegMetadata {

    private static final int SOI = 0xD8;
    private static final int EOI = 0xD9;
    private static final int SOS = 0xDA;
    private static final int TEM = 0x01;
    private static final int APP0 = 0xE0;
    private static final int APP2 = 0xE2;
    private static final int APP14 = 0xEE;
    private static final int APP15 = 0xEF;
    private static final int COM = 0xFE;

    private JpegMetadata() {
    }

    static boolean looksLikeJpeg(byte[] content) {
        return content.length >= 3 && (content[0] & 0xFF) == 0xFF && (content[1] & 0xFF) == SOI
                && (content[2] & 0xFF) == 0xFF;
    }

    static byte[] strip(byte[] in) {
        if (!looksLikeJpeg(in)) {
            throw damaged("文件头不正确", "wrong file header");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
        out.write(0xFF);
        out.write(SOI);
        int pos = 2;
        boolean sawFrame = false;
        boolean sawScan = false;
        while (true) {
            if (pos >= in.length) {
                throw truncated();
            }
            if ((in[pos] & 0xFF) != 0xFF) {
                throw damaged("段结构错误", "broken segment structure");
            }
            while (pos < in.length && (in[pos] & 0xFF) == 0xFF) {
                pos++; // fill bytes before a marker
            }
            if (pos >= in.length) {
                throw truncated();
            }
            int marker = in[pos++] & 0xFF;
            if (marker == EOI) {
                if (!sawFrame || !sawScan) {
                    throw damaged("没有图像数据", "no image data");
                }
                out.write(0xFF);
                out.write(EOI);
                refuseTrailingData(in, pos);
                return out.toByteArray();
            }
            if (marker == SOI || marker == 0x00) {
                throw damaged("段结构错误", "broken segment structure");
            }
            if (marker == TEM || isRestart(marker)) {
                out.write(0xFF);
                out.write(marker);
                continue;
            }
            if (pos + 2 > in.length) {
                throw truncated();
            }
            int length = ((in[pos] & 0xFF) << 8) | (in[pos + 1] & 0xFF);
            if (length < 2) {
                throw damaged("段长度错误", "invalid segment length");
            }
            if (pos + length > in.length) {
                throw truncated();
            }
            if (isStartOfFrame(marker)) {
                checkFrameHeader(in, pos, length);
                sawFrame = true;
            }
            if (keeps(marker, in, pos + 2, length - 2)) {
                out.write(0xFF);
                out.write(marker);
                out.write(in, pos, length);
            }
            pos += length;
            if (marker == SOS) {
                if (!sawFrame) {
                    throw damaged("扫描数据出现在帧头之前", "scan before frame header");
                }
                sawScan = true;
                int end = endOfEntropyCodedData(in, pos);
                out.write(in, pos, end - pos);
                pos = end;
            }
        }
    }

    /** Whether a segment is kept: everything but metadata, and of the application segments only the three needed for display. */
    private static boolean keeps(int marker, byte[] in, int payload, int payloadLength) {
        if (marker == COM) {
            return false;
        }
        if (marker < APP0 || marker > APP15) {
            return true;
        }
        return marker == APP0 && (startsWith(in, payload, payloadLength, "JFIF\0") || startsWith(in, payload, payloadLength, "JFXX\0"))
                || marker == APP2 && startsWith(in, payload, payloadLength, "ICC_PROFILE\0")
                || marker == APP14 && startsWith(in, payload, payloadLength, "Adobe");
    }

    /**
     * Image data after a scan header runs to the next marker: a 0xFF there is followed by a stuffed
     * zero, a restart marker or fill bytes; anything else starts the next segment.
     */
    private static int endOfEntropyCodedData(byte[] in, int from) {
        int i = from;
        while (true) {
            while (i < in.length && (in[i] & 0xFF) != 0xFF) {
                i++;
            }
            if (i + 1 >= in.length) {
                throw truncated();
            }
            int next = in[i + 1] & 0xFF;
            if (next == 0x00 || isRestart(next)) {
                i += 2;
            } else if (next == 0xFF) {
                i++;
            } else {
                return i;
            }
        }
    }

    private static void checkFrameHeader(byte[] in, int pos, int length) {
        // length (2), precision (1), height (2), width (2), components (1), 3 bytes per component
        if (length < 8) {
            throw damaged("帧头过短", "frame header too short");
        }
        int width = ((in[pos + 5] & 0xFF) << 8) | (in[pos + 6] & 0xFF);
        int components = in[pos + 7] & 0xFF;
        if (width == 0 || components == 0 || length != 8 + 3 * components) {
            throw damaged("帧头无效", "invalid frame header");
        }
    }

    /** Some cameras pad files with zeros; anything else after the end is a second file riding along. */
    private static void refuseTrailingData(byte[] in, int from) {
        for (int i = from; i < in.length; i++) {
            if (in[i] != 0) {
                throw Refusal.trailingData(AttachmentType.JPEG);
            }
        }
    }

    private static boolean isStartOfFrame(int marker) {
        return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
    }

    private static boolean isRestart(int marker) {
        return marker >= 0xD0 && marker <= 0xD7;
    }

    private static boolean startsWith(byte[] in, int offset, int length, String prefix) {
        byte[] expected = prefix.getBytes(StandardCharsets.US_ASCII);
        if (length < expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if (in[offset + i] != expected[i]) {
                return false;
            }
        }
        return true;
    }

    private static RuntimeException truncated() {
        return damaged("文件被截断", "the file is truncated");
    }

    private static RuntimeException damaged(String whyZh, String whyEn) {
        return Refusal.damaged(AttachmentType.JPEG, whyZh, whyEn);
    }
}
