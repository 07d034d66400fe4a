package org.minsheng.disclosure.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.minsheng.shared.error.TooLarge;
import org.minsheng.shared.error.UnsupportedType;

class DocumentFileCheckTest {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);

    @Test
    void knowsPdfOfdAndImagesByTheirContent() throws IOException {
        assertThat(DocumentFileCheck.inspect("通知.pdf", "application/pdf", PDF, 1000))
                .isEqualTo(DocumentFileCheck.Kind.PDF);
        assertThat(DocumentFileCheck.inspect("通知.ofd", null, ofd("OFD.xml"), 10_000))
                .isEqualTo(DocumentFileCheck.Kind.OFD);
        assertThat(DocumentFileCheck.inspect("图.png", "image/png",
                new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0}, 100))
                .isEqualTo(DocumentFileCheck.Kind.PNG);
    }

    @Test
    void refusesDisguisedUnknownActiveAndOversizedFiles() throws IOException {
        assertThatThrownBy(() -> DocumentFileCheck.inspect("通知.jpg", "image/jpeg", PDF, 1000))
                .isInstanceOf(UnsupportedType.class);
        assertThatThrownBy(() -> DocumentFileCheck.inspect("通知.pdf", "text/html", PDF, 1000))
                .isInstanceOf(UnsupportedType.class);
        assertThatThrownBy(() -> DocumentFileCheck.inspect("a.ofd", null, ofd("word/document.xml"), 10_000))
                .isInstanceOf(UnsupportedType.class);
        assertThatThrownBy(() -> DocumentFileCheck.inspect("a.pdf", null,
                "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8), 1000))
                .isInstanceOf(UnsupportedType.class);
        byte[] scripted = "%PDF-1.4\n<< /OpenAction << /S /JavaScript /JS (app.alert(1)) >> >>\n%%EOF"
                .getBytes(StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> DocumentFileCheck.inspect("a.pdf", null, scripted, 1000))
                .isInstanceOf(UnsupportedType.class);
        assertThatThrownBy(() -> DocumentFileCheck.inspect("a.pdf", null, PDF, 10)).isInstanceOf(TooLarge.class);
    }

    private static byte[] ofd(String entry) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write("<ofd:OFD xmlns:ofd=\"http://www.ofdspec.org/2016\"/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }
}
