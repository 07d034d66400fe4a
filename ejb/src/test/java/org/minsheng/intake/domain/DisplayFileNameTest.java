package org.minsheng.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DisplayFileNameTest {

    @Test
    void pathPartsAreRemoved() {
        assertThat(DisplayFileName.sanitise("../../etc/passwd")).isEqualTo("passwd");
        assertThat(DisplayFileName.sanitise("C:\\Users\\王\\Desktop\\照片.jpg")).isEqualTo("照片.jpg");
        assertThat(DisplayFileName.sanitise("..")).isEmpty();
        assertThat(DisplayFileName.sanitise(".hidden.png")).isEqualTo("hidden.png");
    }

    @Test
    void controlAndDirectionCharactersAreRemoved() {
        assertThat(DisplayFileName.sanitise("a\u0000b\r\nc\u0007.png")).isEqualTo("abc.png");
        // U+202E would show "invoice\u202Egpj.exe" as "invoiceexe.jpg"
        assertThat(DisplayFileName.sanitise("invoice\u202Egpj.exe")).isEqualTo("invoicegpj.exe");
        assertThat(DisplayFileName.sanitise("bad\uFFFDname\uD800.pdf")).isEqualTo("badname.pdf");
        assertThat(DisplayFileName.sanitise("a<b>:\"c\"|?*.pdf")).isEqualTo("a_b___c____.pdf");
    }

    @Test
    void longNamesAreCutToOneHundredCodePointsKeepingTheExtension() {
        String emoji = "\uD83D\uDCF7"; // one code point, two chars
        String name = DisplayFileName.sanitise(emoji.repeat(150) + ".jpeg");
        assertThat(name.codePointCount(0, name.length())).isEqualTo(100);
        assertThat(name).endsWith(".jpeg").startsWith(emoji);
        assertThat(DisplayFileName.sanitise("路".repeat(100))).hasSize(100);
    }

    @Test
    void onlyShortAlphanumericEndingsCountAsExtensions() {
        assertThat(DisplayFileName.extensionOf("scan.PDF")).contains("pdf");
        assertThat(DisplayFileName.extensionOf("报告.2024")).isEmpty();
        assertThat(DisplayFileName.extensionOf("no-extension")).isEmpty();
        assertThat(DisplayFileName.extensionOf("archive.tar.gz")).contains("gz");
        assertThat(DisplayFileName.extensionOf("x.verylongext")).isEmpty();
    }
}
