package org.minsheng.web.poll;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.minsheng.poll.api.BallotExport;

/** The ballots export: CSV (UTF-8 with a byte-order mark, for Excel) and xlsx, cells always text. */
final class PollFiles {

    static final String CSV = "text/csv; charset=UTF-8";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private PollFiles() {
    }

    static void csv(BallotExport export, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write('\uFEFF');
        line(w, export.headings());
        for (List<String> row : export.rows()) {
            line(w, row);
        }
        w.flush();
    }

    static void xlsx(BallotExport export, OutputStream out) throws IOException {
        SXSSFWorkbook book = new SXSSFWorkbook(200);
        try {
            Sheet sheet = book.createSheet("答卷");
            write(sheet.createRow(0), export.headings());
            int n = 1;
            for (List<String> row : export.rows()) {
                write(sheet.createRow(n++), row);
            }
            book.write(out);
        } finally {
            book.close();
        }
    }

    private static void write(Row row, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            row.createCell(i).setCellValue(cells.get(i));
        }
    }

    private static void line(Writer w, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                w.write(',');
            }
            w.write(cell(cells.get(i)));
        }
        w.write("\r\n");
    }

    /** A value a spreadsheet would run as a formula gets a leading apostrophe; commas, quotes and breaks are quoted. */
    static String cell(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
            return '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }
}
