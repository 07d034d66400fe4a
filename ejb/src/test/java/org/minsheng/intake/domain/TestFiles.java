package org.minsheng.intake.domain;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import javax.imageio.ImageIO;

/** Small files built in memory for the inspector's tests: real images from ImageIO, PDFs by hand. */
final class TestFiles {

    /** The latitude written into the EXIF GPS block, as the ASCII bytes a search can find. */
    static final String GPS_MARK = "GPS-29.03N-111.69E";

    private TestFiles() {
    }

    static BufferedImage picture() {
        BufferedImage image = new BufferedImage(32, 24, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.ORANGE);
        g.fillRect(0, 0, 32, 24);
        g.setColor(Color.BLUE);
        g.fillOval(4, 4, 16, 16);
        g.dispose();
        return image;
    }

    static byte[] encode(String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(picture(), format, out)) {
                throw new IllegalStateException("no ImageIO writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A JPEG from ImageIO with an EXIF segment (with a GPS block), IPTC and a comment spliced in after SOI. */
    static byte[] jpegWithMetadata() {
        byte[] plain = encode("jpg");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(plain, 0, 2);
        writeSegment(out, 0xE1, exifWithGps());
        writeSegment(out, 0xED, "Photoshop 3.0\0 8BIM IPTC 王小明".getBytes(StandardCharsets.UTF_8));
        writeSegment(out, 0xFE, "taken at home".getBytes(StandardCharsets.US_ASCII));
        out.write(plain, 2, plain.length - 2);
        return out.toByteArray();
    }

    /**
     * "Exif\0\0" and a big-endian TIFF structure: IFD0 with one entry pointing to a GPS IFD whose
     * latitude-reference entry points to an ASCII value holding {@link #GPS_MARK}.
     */
    private static byte[] exifWithGps() {
        byte[] mark = (GPS_MARK + "\0").getBytes(StandardCharsets.US_ASCII);
        ByteBuffer tiff = ByteBuffer.allocate(8 + 18 + 18 + mark.length);
        tiff.put(new byte[] {'M', 'M', 0, 42}).putInt(8);
        tiff.putShort((short) 1).putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(26).putInt(0);
        tiff.putShort((short) 1).putShort((short) 0x0001).putShort((short) 2).putInt(mark.length).putInt(44).putInt(0);
        tiff.put(mark);
        ByteArrayOutputStream exif = new ByteArrayOutputStream();
        exif.writeBytes("Exif\0\0".getBytes(StandardCharsets.US_ASCII));
        exif.writeBytes(tiff.array());
        return exif.toByteArray();
    }

    static void writeSegment(ByteArrayOutputStream out, int marker, byte[] payload) {
        out.write(0xFF);
        out.write(marker);
        int length = payload.length + 2;
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.writeBytes(payload);
    }

    /** The markers of a JPEG's segments up to its first scan. */
    static List<Integer> jpegMarkers(byte[] jpeg) {
        List<Integer> markers = new ArrayList<>();
        int pos = 2;
        while (pos + 4 <= jpeg.length) {
            int marker = jpeg[pos + 1] & 0xFF;
            markers.add(marker);
            if (marker == 0xDA) {
                break;
            }
            pos += 2 + (((jpeg[pos + 2] & 0xFF) << 8) | (jpeg[pos + 3] & 0xFF));
        }
        return markers;
    }

    /** A PNG from ImageIO with a tEXt and a tIME chunk inserted after IHDR. */
    static byte[] pngWithText() {
        byte[] plain = encode("png");
        int afterHeader = 8 + 12 + 13;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(plain, 0, afterHeader);
        out.writeBytes(chunk("tEXt", "Author\0王小明 13812345678".getBytes(StandardCharsets.UTF_8)));
        out.writeBytes(chunk("tIME", new byte[] {0x07, (byte) 0xEA, 12, 1, 8, 30, 0}));
        out.write(plain, afterHeader, plain.length - afterHeader);
        return out.toByteArray();
    }

    static byte[] chunk(String type, byte[] data) {
        ByteBuffer chunk = ByteBuffer.allocate(12 + data.length);
        chunk.putInt(data.length).put(type.getBytes(StandardCharsets.US_ASCII)).put(data);
        CRC32 crc = new CRC32();
        crc.update(chunk.array(), 4, 4 + data.length);
        chunk.putInt((int) crc.getValue());
        return chunk.array();
    }

    /** Chunk types in order; fails the test when a CRC is wrong. */
    static List<String> pngChunks(byte[] png) {
        List<String> types = new ArrayList<>();
        ByteBuffer in = ByteBuffer.wrap(png);
        in.position(8);
        while (in.remaining() >= 12) {
            int length = in.getInt();
            byte[] typeAndData = new byte[4 + length];
            in.get(typeAndData);
            CRC32 crc = new CRC32();
            crc.update(typeAndData);
            if ((int) crc.getValue() != in.getInt()) {
                throw new AssertionError("bad CRC in chunk " + new String(typeAndData, 0, 4, StandardCharsets.US_ASCII));
            }
            types.add(new String(typeAndData, 0, 4, StandardCharsets.US_ASCII));
        }
        return types;
    }

    /** A one-page PDF; {@code extraCatalogEntries} go into the document catalog. */
    static byte[] pdf(String extraCatalogEntries) {
        return ascii("%PDF-1.4\n"
                + "1 0 obj\n<< /Type /Catalog /Pages 2 0 R " + extraCatalogEntries + " >>\nendobj\n"
                + "2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n"
                + "3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>\nendobj\n"
                + "trailer\n<< /Root 1 0 R >>\n%%EOF\n");
    }

    /** A PDF whose catalog sits in a Flate-compressed object stream, as PDF 1.5 writers store it. */
    static byte[] pdfWithObjectStream(String catalog) {
        byte[] compressed = deflate(ascii("1 0 " + catalog));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(ascii("%PDF-1.7\n5 0 obj\n<< /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode /Length "
                + compressed.length + " >>\nstream\n"));
        out.writeBytes(compressed);
        out.writeBytes(ascii("\nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"));
        return out.toByteArray();
    }

    static byte[] deflate(byte[] data) {
        Deflater deflater = new Deflater();
        deflater.setInput(data);
        deflater.finish();
        byte[] buffer = new byte[data.length + 64];
        int n = deflater.deflate(buffer);
        deflater.end();
        byte[] result = new byte[n];
        System.arraycopy(buffer, 0, result, 0, n);
        return result;
    }

    static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    static byte[] concat(byte[] first, byte[] second) {
        byte[] both = new byte[first.length + second.length];
        System.arraycopy(first, 0, both, 0, first.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

    static boolean contains(byte[] haystack, String needle) {
        return new String(haystack, StandardCharsets.ISO_8859_1).contains(
                new String(needle.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1));
    }
}
