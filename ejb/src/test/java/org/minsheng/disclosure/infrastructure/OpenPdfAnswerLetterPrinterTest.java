package org.minsheng.disclosure.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minsheng.disclosure.domain.AnswerLetterPrinter;

class OpenPdfAnswerLetterPrinterTest {

    @Test
    void printsTheLetterInChineseWithTheFontEmbedded() throws Exception {
        String font = OpenPdfAnswerLetterPrinter.DEFAULT_FONT;
        assumeTrue(Files.exists(Path.of(font.substring(0, font.lastIndexOf(',')))), "the system CJK font is installed");
        byte[] pdf = new OpenPdfAnswerLetterPrinter(font).print(new AnswerLetterPrinter.Letter("政府信息公开申请答复书",
                "zjj-2026-00001", List.of("张三：", "如对本答复不服，可以在收到本答复之日起60日内依法申请行政复议。"),
                List.of("常德市住房和城乡建设局", "2026-12-07")));
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        PdfReader reader = new PdfReader(pdf);
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        assertThat(text).contains("答复书", "60日内", "行政复议");
        assertThat(new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1)).containsPattern("/FontFile[23]");
    }
}
