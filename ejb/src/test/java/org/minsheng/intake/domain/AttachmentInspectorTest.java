package org.minsheng.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.minsheng.intake.domain.TestFiles.ascii;
import static org.minsheng.intake.domain.TestFiles.concat;
import static org.minsheng.intake.domain.TestFiles.contains;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.minsheng.shared.error.TooLarge;
import org.minsheng.shared.error.UnsupportedType;
import org.minsheng.shared.error.ValidationFailed;

class AttachmentInspectorTest {

    private final AttachmentInspector inspector = new AttachmentInspector(AttachmentInspector.DEFAULT_MAX_BYTES);

    @Test
    void exifWithGpsIptcAndCommentsAreStrippedFromAJpegThatStillDecodes() throws IOException {
        byte[] original = TestFiles.jpegWithMetadata();
        assertThat(TestFiles.jpegMarkers(original)).contains(0xE1, 0xED, 0xFE);
        assertThat(contains(original, TestFiles.GPS_MARK)).isTrue();

        InspectedFile file = inspector.inspect("IMG_0001.JPG", "image/jpeg", original);

        assertThat(file.type()).isEqualTo(AttachmentType.JPEG);
        assertThat(TestFiles.jpegMarkers(file.content())).doesNotContain(0xE1, 0xED, 0xFE).contains(0xE0, 0xDB, 0xC0, 0xDA);
        assertThat(contains(file.content(), TestFiles.GPS_MARK)).isFalse();
        assertThat(contains(file.content(), "Exif")).isFalse();
        assertThat(contains(file.content(), "王小明")).isFalse();
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(file.content()));
        assertThat(decoded).isNotNull();
        assertThat(decoded.getWidth()).isEqualTo(32);
        assertThat(decoded.getHeight()).isEqualTo(24);
        assertThat(file.content()).as("only the spliced segments went").hasSize(TestFiles.encode("jpg").length);
        assertThat(file.fileName()).isEqualTo("IMG_0001.JPG");
    }

    @Test
    void theHashIsOfTheStoredStrippedBytes() throws Exception {
        InspectedFile file = inspector.inspect("a.jpg", null, TestFiles.jpegWithMetadata());
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file.content()));
        assertThat(file.sha256()).isEqualTo(expected).hasSize(64);
    }

    @Test
    void aJpegWithoutMetadataIsStoredByteForByte() {
        byte[] plain = TestFiles.encode("jpg");
        assertThat(inspector.inspect("a.jpeg", "image/jpg", plain).content()).isEqualTo(plain);
    }

    @Test
    void truncatedJpegsAreRefused() {
        byte[] plain = TestFiles.encode("jpg");
        for (int cut : new int[] {3, 10, plain.length / 2, plain.length - 1}) {
            byte[] truncated = Arrays.copyOf(plain, cut);
            assertThatThrownBy(() -> inspector.inspect("a.jpg", null, truncated))
                    .as("cut at %d", cut).isInstanceOf(UnsupportedType.class);
        }
        assertThatThrownBy(() -> inspector.inspect("a.jpg", null, Arrays.copyOf(plain, plain.length / 2)))
                .hasMessageContaining("truncated")
                .satisfies(e -> assertThat(((UnsupportedType) e).titleZh()).contains("截断"));
    }

    @Test
    void aJpegCarryingAnotherFileAfterItsEndIsRefused() {
        byte[] polyglot = concat(TestFiles.encode("jpg"), ascii("PK\u0003\u0004 zip entries follow"));
        assertThatThrownBy(() -> inspector.inspect("a.jpg", null, polyglot))
                .isInstanceOf(UnsupportedType.class).hasMessageContaining("other data after its end");
    }

    @Test
    void textAndTimeChunksAreRemovedFromAPngAndEveryCrcStaysValid() throws IOException {
        byte[] original = TestFiles.pngWithText();
        assertThat(TestFiles.pngChunks(original)).contains("tEXt", "tIME");

        InspectedFile file = inspector.inspect("map.png", "image/png", original);

        assertThat(file.type()).isEqualTo(AttachmentType.PNG);
        assertThat(TestFiles.pngChunks(file.content())).doesNotContain("tEXt", "tIME").startsWith("IHDR").endsWith("IEND");
        assertThat(contains(file.content(), "13812345678")).isFalse();
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(file.content()));
        assertThat(decoded.getWidth()).isEqualTo(32);
    }

    @Test
    void aPngWithAWrongCrcOrMissingEndIsRefused() {
        byte[] broken = TestFiles.pngWithText();
        broken[8 + 12 + 13 + 10] ^= 0x01; // a byte inside the tEXt data, so its CRC no longer matches
        assertThatThrownBy(() -> inspector.inspect("a.png", null, broken))
                .isInstanceOf(UnsupportedType.class).hasMessageContaining("CRC");
        byte[] plain = TestFiles.encode("png");
        assertThatThrownBy(() -> inspector.inspect("a.png", null, Arrays.copyOf(plain, plain.length - 12)))
                .isInstanceOf(UnsupportedType.class).hasMessageContaining("truncated");
    }

    @Test
    void aPngDeclaredAsPdfOrNamedPdfIsRefused() {
        byte[] png = TestFiles.encode("png");
        assertThatThrownBy(() -> inspector.inspect("scan.png", "application/pdf", png))
                .isInstanceOf(UnsupportedType.class)
                .hasMessageContaining("declared type (application/pdf) does not match the content (PNG image)");
        assertThatThrownBy(() -> inspector.inspect("scan.pdf", null, png))
                .isInstanceOf(UnsupportedType.class).hasMessageContaining("extension (.pdf)");
        assertThatThrownBy(() -> inspector.inspect("scan.exe", "image/png", png)).isInstanceOf(UnsupportedType.class);
    }

    @Test
    void theGenericBinaryTypeClaimsNothingAndANameWithoutExtensionGetsTheRealOne() {
        byte[] png = TestFiles.encode("png");
        assertThat(inspector.inspect("scan", "application/octet-stream", png).fileName()).isEqualTo("scan.png");
        assertThat(inspector.inspect(null, "IMAGE/PNG; charset=binary", png).fileName()).isEqualTo("attachment.png");
    }

    @Test
    void aPlainPdfIsAcceptedUnchanged() {
        byte[] pdf = TestFiles.pdf("");
        InspectedFile file = inspector.inspect("证明材料.pdf", "application/pdf", pdf);
        assertThat(file.type()).isEqualTo(AttachmentType.PDF);
        assertThat(file.content()).isEqualTo(pdf);
        assertThat(inspector.inspect("b.pdf", null, TestFiles.pdfWithObjectStream("<< /Type /Catalog >>")).type())
                .isEqualTo(AttachmentType.PDF);
    }

    @Test
    void pdfsWithActiveContentAreRefusedHoweverTheyAreWritten() {
        for (String active : new String[] {
                "/OpenAction << /S /JavaScript /JS (app.alert(1)) >>",
                "/OpenAction << /S /Launch /F (cmd.exe) >>",
                "/Names << /EmbeddedFiles << /Names [(a.exe) 9 0 R] >> >>",
                "/AA << /O << /S /J#61vaScript /J#53 (x) >> >>"}) {
            assertThatThrownBy(() -> inspector.inspect("a.pdf", null, TestFiles.pdf(active)))
                    .as(active).isInstanceOf(UnsupportedType.class).hasMessageContaining("is not accepted");
        }
        byte[] hidden = TestFiles.pdfWithObjectStream("<< /Type /Catalog /OpenAction << /S /JavaScript /JS (x) >> >>");
        assertThat(contains(hidden, "JavaScript")).as("only visible once inflated").isFalse();
        assertThatThrownBy(() -> inspector.inspect("a.pdf", null, hidden))
                .isInstanceOf(UnsupportedType.class).hasMessageContaining("/JavaScript");
    }

    @Test
    void truncatedPdfsAndPdfsWithSomethingAppendedAreRefused() {
        byte[] pdf = TestFiles.pdf("");
        assertThatThrownBy(() -> inspector.inspect("a.pdf", null, Arrays.copyOf(pdf, pdf.length - 8)))
                .isInstanceOf(UnsupportedType.class).hasMessageContaining("%%EOF");
        assertThatThrownBy(() -> inspector.inspect("a.pdf", null, concat(pdf, ascii("<html><script>x</script>"))))
                .isInstanceOf(UnsupportedType.class).hasMessageContaining("other data after its end");
    }

    @Test
    void otherKindsAreRefusedAndNamedInBothLanguages() {
        assertRefused(TestFiles.encode("gif"), "GIF", "a GIF image");
        assertRefused(ascii("<!DOCTYPE html><html><script>alert(1)</script></html>"), "网页", "web page");
        assertRefused("\uFEFF  <svg xmlns='http://www.w3.org/2000/svg' onload='alert(1)'/>".getBytes(StandardCharsets.UTF_8),
                "SVG", "SVG");
        assertRefused(ascii("PK\u0003\u0004\u0014\u0000\u0000\u0000"), "压缩包", "an archive");
        assertRefused(ascii("MZ\u0090\u0000\u0003"), "可执行程序", "a program");
        assertRefused(ascii("\u007FELF\u0002\u0001\u0001"), "可执行程序", "a program");
        assertRefused(ascii("just some text"), "无法识别", "unrecognised");
    }

    @Test
    void emptyAndOversizedFilesAreRefused() {
        assertThatThrownBy(() -> inspector.inspect("a.png", null, new byte[0])).isInstanceOf(ValidationFailed.class);
        AttachmentInspector small = new AttachmentInspector(1024);
        assertThatThrownBy(() -> small.inspect("a.jpg", null, TestFiles.jpegWithMetadata()))
                .isInstanceOf(TooLarge.class).hasMessageContaining("1 KB")
                .satisfies(e -> assertThat(((TooLarge) e).titleZh()).contains("1 KB"));
        assertThat(AttachmentInspector.sizeLabel(5L * 1024 * 1024)).isEqualTo("5 MB");
    }

    private void assertRefused(byte[] content, String zh, String en) {
        assertThatThrownBy(() -> inspector.inspect("file.jpg", "image/jpeg", content))
                .isInstanceOf(UnsupportedType.class).hasMessageContaining(en)
                .satisfies(e -> assertThat(((UnsupportedType) e).titleZh()).contains(zh).contains("JPEG"));
    }
}
