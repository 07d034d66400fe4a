package org.minsheng.intake.domain;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Accepts a PDF only when it is complete and carries no active content. A PDF can run scripts
 * (/JavaScript, /JS), start programs (/Launch) and carry other files (/EmbeddedFile) that a
 * handler's viewer might open; none of that belongs in a resident's supporting material, and it
 * is how malicious PDFs attack the people who open them. Names are compared after decoding their
 * #xx escapes, and Flate-compressed streams (object streams can hide dictionaries there) are
 * inflated and searched too, within a budget so that a compression bomb cannot exhaust memory.
 */
final class PdfScreen {

    private static final byte[] HEADER = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] TRAILER = "%%EOF".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] STREAM = "stream".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] END_STREAM = "endstream".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] OBJ = "obj".getBytes(StandardCharsets.US_ASCII);
    private static final Set<String> ACTIVE_CONTENT = Set.of("JavaScript", "JS", "Launch", "EmbeddedFile",
            "EmbeddedFiles", "RichMedia");
    /** Bytes that may be inflated from all streams of one file together. */
    private static final long INFLATE_BUDGET = 64L * 1024 * 1024;

    private PdfScreen() {
    }

    static boolean looksLikePdf(byte[] content) {
        return indexOf(content, HEADER, 0, HEADER.length) == 0;
    }

    static void check(byte[] in) {
        if (!looksLikePdf(in) || in.length < HEADER.length + 1 || !isDigit(in[HEADER.length])) {
            throw Refusal.damaged(AttachmentType.PDF, "文件头不正确", "wrong file header");
        }
        int trailer = lastIndexOf(in, TRAILER);
        if (trailer < 0) {
            throw Refusal.damaged(AttachmentType.PDF, "缺少文件结束标记 %%EOF，文件可能被截断",
                    "no %%EOF end marker, the file may be truncated");
        }
        for (int i = trailer + TRAILER.length; i < in.length; i++) {
            if (!isWhitespace(in[i])) {
                throw Refusal.trailingData(AttachmentType.PDF);
            }
        }
        refuseActiveContent(in, 0, in.length);
        searchCompressedStreams(in);
    }

    private static void searchCompressedStreams(byte[] in) {
        long budget = INFLATE_BUDGET;
        int from = 0;
        while (true) {
            int keyword = indexOf(in, STREAM, from, in.length);
            if (keyword < 0) {
                return;
            }
            int start = keyword + STREAM.length;
            boolean isStreamStart = keyword >= 3 && !isEndStreamKeyword(in, keyword)
                    && start < in.length && (in[start] == '\r' || in[start] == '\n');
            if (!isStreamStart) {
                from = start;
                continue;
            }
            start += in[start] == '\r' && start + 1 < in.length && in[start + 1] == '\n' ? 2 : 1;
            int end = indexOf(in, END_STREAM, start, in.length);
            if (end < 0) {
                throw Refusal.damaged(AttachmentType.PDF, "数据流没有结束标记", "a stream has no end");
            }
            byte[] inflated = inflate(in, start, end - start, budget);
            if (inflated == null) {
                if (isObjectStream(in, keyword)) {
                    throw Refusal.refused("PDF 含有无法检查的压缩对象流，不予接受",
                            "The PDF has a compressed object stream that cannot be checked and is not accepted");
                }
            } else {
                budget -= inflated.length;
                refuseActiveContent(inflated, 0, inflated.length);
            }
            from = end + END_STREAM.length;
        }
    }

    /** The stream's dictionary lies between the object's "obj" keyword and "stream". */
    private static boolean isObjectStream(byte[] in, int streamKeyword) {
        int objStart = Math.max(0, lastIndexOf(in, OBJ, streamKeyword));
        String dictionary = new String(in, objStart, streamKeyword - objStart, StandardCharsets.ISO_8859_1);
        return dictionary.contains("/ObjStm");
    }

    private static boolean isEndStreamKeyword(byte[] in, int keyword) {
        return keyword >= 3 && in[keyword - 3] == 'e' && in[keyword - 2] == 'n' && in[keyword - 1] == 'd';
    }

    /** The inflated bytes, or null when the stream is not zlib data (an image, another filter). */
    private static byte[] inflate(byte[] in, int offset, int length, long budget) {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(in, offset, length);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    break;
                }
                out.write(buffer, 0, n);
                if (out.size() > budget) {
                    throw Refusal.refused("PDF 压缩数据过大，无法检查", "The PDF's compressed data is too large to check");
                }
            }
            return out.toByteArray();
        } catch (DataFormatException e) {
            return null;
        } finally {
            inflater.end();
        }
    }

    /** Looks at every name token (a slash and regular characters), decoding #xx escapes first. */
    private static void refuseActiveContent(byte[] in, int from, int to) {
        int i = from;
        while (i < to) {
            if (in[i] != '/') {
                i++;
                continue;
            }
            StringBuilder name = new StringBuilder();
            int j = i + 1;
            while (j < to && isRegular(in[j])) {
                if (in[j] == '#' && j + 2 < to && hex(in[j + 1]) >= 0 && hex(in[j + 2]) >= 0) {
                    name.append((char) (hex(in[j + 1]) * 16 + hex(in[j + 2])));
                    j += 3;
                } else {
                    name.append((char) (in[j] & 0xFF));
                    j++;
                }
            }
            if (ACTIVE_CONTENT.contains(name.toString())) {
                throw Refusal.refused("PDF 含有脚本、启动程序或内嵌文件（/" + name + "），不予接受",
                        "The PDF contains scripts, program launches or embedded files (/" + name + ") and is not accepted");
            }
            i = j;
        }
    }

    private static boolean isRegular(byte b) {
        return !isWhitespace(b) && "()<>[]{}/%".indexOf(b) < 0;
    }

    private static boolean isWhitespace(byte b) {
        return b == ' ' || b == '\n' || b == '\r' || b == '\t' || b == '\f' || b == 0;
    }

    private static boolean isDigit(byte b) {
        return b >= '0' && b <= '9';
    }

    private static int hex(byte b) {
        return Character.digit(b, 16);
    }

    private static int indexOf(byte[] in, byte[] needle, int from, int to) {
        outer:
        for (int i = from; i <= to - needle.length; i++) {
            for (int k = 0; k < needle.length; k++) {
                if (in[i + k] != needle[k]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static int lastIndexOf(byte[] in, byte[] needle) {
        return lastIndexOf(in, needle, in.length);
    }

    private static int lastIndexOf(byte[] in, byte[] needle, int before) {
        outer:
        for (int i = before - needle.length; i >= 0; i--) {
            for (int k = 0; k < needle.length; k++) {
                if (in[i + k] != needle[k]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
