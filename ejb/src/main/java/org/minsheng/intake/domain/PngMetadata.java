package org.minsheng.intake.domain;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import java.util.zip.CRC32;

/**
 * Checks a PNG chunk by chunk (signature, lengths, CRCs, IHDR first, IEND last) and removes text,
 * EXIF and time chunks, which may carry names, places and dates. Only the ancillary chunks that
 * change how the image looks are kept; unknown private chunks could carry anything.
 */
final class PngMetadata {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final Set<String> CRITICAL = Set.of("IHDR", "PLTE", "IDAT", "IEND");
    private static final Set<String> KEPT_ANCILLARY = Set.of("tRNS", "cHRM", "gAMA", "iCCP", "sBIT", "sRGB", "cICP",
            "mDCV", "cLLI", "bKGD", "hIST", "pHYs", "sPLT", "acTL", "fcTL", "fdAT");

    private PngMetadata() {
    }

    static boolean looksLikePng(byte[] content) {
        return content.length >= SIGNATURE.length
                && Arrays.equals(content, 0, SIGNATURE.length, SIGNATURE, 0, SIGNATURE.length);
    }

    static byte[] strip(byte[] in) {
        if (!looksLikePng(in)) {
            throw damaged("文件头不正确", "wrong file header");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
        out.write(SIGNATURE, 0, SIGNATURE.length);
        int pos = SIGNATURE.length;
        boolean first = true;
        boolean sawImageData = false;
        while (true) {
            if (pos + 12 > in.length) {
                throw truncated();
            }
            long length = readUnsignedInt(in, pos);
            if (length > in.length - pos - 12L) {
                throw truncated();
            }
            int dataLength = (int) length;
            String type = chunkType(in, pos + 4);
            CRC32 crc = new CRC32();
            crc.update(in, pos + 4, 4 + dataLength);
            if (crc.getValue() != readUnsignedInt(in, pos + 8 + dataLength)) {
                throw damaged("数据块校验和（CRC）错误", "a chunk checksum (CRC) is wrong");
            }
            if (first != type.equals("IHDR")) {
                throw damaged("IHDR 数据块位置错误", "IHDR is not the first chunk");
            }
            if (first) {
                checkHeader(in, pos + 8, dataLength);
                first = false;
            }
            boolean critical = Character.isUpperCase(type.charAt(0));
            if (critical && !CRITICAL.contains(type)) {
                throw damaged("含有未知的关键数据块 " + type, "unknown critical chunk " + type);
            }
            sawImageData |= type.equals("IDAT");
            int chunkEnd = pos + 12 + dataLength;
            if (critical || KEPT_ANCILLARY.contains(type)) {
                out.write(in, pos, chunkEnd - pos);
            }
            pos = chunkEnd;
            if (type.equals("IEND")) {
                if (!sawImageData) {
                    throw damaged("没有图像数据", "no image data");
                }
                if (pos != in.length) {
                    throw Refusal.trailingData(AttachmentType.PNG);
                }
                return out.toByteArray();
            }
        }
    }

    private static void checkHeader(byte[] in, int data, int length) {
        if (length != 13 || readUnsignedInt(in, data) == 0 || readUnsignedInt(in, data + 4) == 0) {
            throw damaged("IHDR 数据块无效", "invalid IHDR chunk");
        }
    }

    private static String chunkType(byte[] in, int offset) {
        for (int i = offset; i < offset + 4; i++) {
            int c = in[i] & 0xFF;
            if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z')) {
                throw damaged("数据块类型无效", "invalid chunk type");
            }
        }
        return new String(in, offset, 4, StandardCharsets.US_ASCII);
    }

    private static long readUnsignedInt(byte[] in, int offset) {
        return ((long) (in[offset] & 0xFF) << 24) | ((in[offset + 1] & 0xFF) << 16) | ((in[offset + 2] & 0xFF) << 8)
                | (in[offset + 3] & 0xFF);
    }

    private static RuntimeException truncated() {
        return damaged("文件被截断", "the file is truncated");
    }

    private static RuntimeException damaged(String whyZh, String whyEn) {
        return Refusal.damaged(AttachmentType.PNG, whyZh, whyEn);
    }
}
