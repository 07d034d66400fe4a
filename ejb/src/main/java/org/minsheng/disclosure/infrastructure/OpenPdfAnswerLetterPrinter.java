package org.minsheng.disclosure.infrastructure;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfWriter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.minsheng.disclosure.domain.AnswerLetterPrinter;

/**
 * Prints answer letters with OpenPDF, the Chinese font embedded (subset) so that every reader shows
 * them alike. The font is a file of the server ({@value #FONT_PROPERTY}); the default is the
 * system's Noto Serif CJK, simplified Chinese face of the collection.
 */
@ApplicationScoped
public class OpenPdfAnswerLetterPrinter implements AnswerLetterPrinter {

    /** MicroProfile Config property: the font file, with {@code ,N} for a face of a collection. */
    public static final String FONT_PROPERTY = "minsheng.disclosure.letter-font";
    static final String DEFAULT_FONT = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc,2";

    @Inject
    @ConfigProperty(name = FONT_PROPERTY, defaultValue = DEFAULT_FONT)
    String fontFile;

    public OpenPdfAnswerLetterPrinter() {
    }

    OpenPdfAnswerLetterPrinter(String fontFile) {
        this.fontFile = fontFile;
    }

    @Override
    public byte[] print(Letter letter) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 72, 72, 72, 72);
        try {
            BaseFont base = BaseFont.createFont(fontFile, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
            Font title = new Font(base, 18);
            Font text = new Font(base, 12);
            PdfWriter.getInstance(document, out);
            document.addTitle(letter.title() + " " + letter.number());
            document.open();
            Paragraph heading = new Paragraph(letter.title(), title);
            heading.setAlignment(Element.ALIGN_CENTER);
            document.add(heading);
            Paragraph number = new Paragraph(letter.number(), text);
            number.setAlignment(Element.ALIGN_CENTER);
            number.setSpacingAfter(18);
            document.add(number);
            for (String p : letter.paragraphs()) {
                Paragraph paragraph = new Paragraph(p, text);
                paragraph.setLeading(22);
                paragraph.setSpacingAfter(8);
                document.add(paragraph);
            }
            for (String line : letter.signature()) {
                Paragraph signature = new Paragraph(line, text);
                signature.setAlignment(Element.ALIGN_RIGHT);
                document.add(signature);
            }
            document.close();
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("the answer letter cannot be printed with the font " + fontFile, e);
        }
        return out.toByteArray();
    }
}
