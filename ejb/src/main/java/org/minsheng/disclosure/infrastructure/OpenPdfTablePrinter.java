package org.minsheng.disclosure.infrastructure;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.minsheng.disclosure.domain.TablePrinter;

/** Prints the annual report's tables with OpenPDF, in the same embedded font as the answer letters. */
@ApplicationScoped
public class OpenPdfTablePrinter implements TablePrinter {

    @Inject
    @ConfigProperty(name = OpenPdfAnswerLetterPrinter.FONT_PROPERTY,
            defaultValue = OpenPdfAnswerLetterPrinter.DEFAULT_FONT)
    String fontFile;

    public OpenPdfTablePrinter() {
    }

    OpenPdfTablePrinter(String fontFile) {
        this.fontFile = fontFile;
    }

    @Override
    public byte[] print(String title, String subtitle, List<Table> tables) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 56, 56, 56);
        try {
            BaseFont base = BaseFont.createFont(fontFile, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
            Font big = new Font(base, 16);
            Font heading = new Font(base, 12, Font.BOLD);
            Font text = new Font(base, 10);
            PdfWriter.getInstance(document, out);
            document.addTitle(title);
            document.open();
            Paragraph t = new Paragraph(title, big);
            t.setAlignment(Element.ALIGN_CENTER);
            document.add(t);
            Paragraph s = new Paragraph(subtitle, text);
            s.setAlignment(Element.ALIGN_CENTER);
            s.setSpacingAfter(12);
            document.add(s);
            for (Table table : tables) {
                Paragraph h = new Paragraph(table.heading(), heading);
                h.setSpacingBefore(10);
                h.setSpacingAfter(6);
                document.add(h);
                PdfPTable grid = new PdfPTable(table.columns().size());
                grid.setWidthPercentage(100);
                grid.setHeaderRows(1);
                table.columns().forEach(c -> grid.addCell(new PdfPCell(new Phrase(c, heading))));
                for (List<String> row : table.rows()) {
                    row.forEach(cell -> grid.addCell(new PdfPCell(new Phrase(cell, text))));
                }
                document.add(grid);
            }
            document.close();
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("the report cannot be printed with the font " + fontFile, e);
        }
        return out.toByteArray();
    }
}
