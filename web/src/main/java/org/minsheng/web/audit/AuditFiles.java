package org.minsheng.web.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.minsheng.audit.api.AuditView;
import org.minsheng.shared.time.CityTime;

/** The audit export files: CSV (RFC 4180, UTF-8 with a byte-order mark so Excel reads Chinese) and xlsx. */
final class AuditFiles {

    static final String CSV = "text/csv; charset=UTF-8";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    static final List<String> HEADINGS = List.of("记录编号", "链序号", "时间（北京时间）", "操作人", "操作", "对象类型",
            "对象编号", "详情");

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

    private AuditFiles() {
    }

    static void csv(List<AuditView> records, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write('\uFEFF');
        line(w, HEADINGS);
        for (AuditView r : records) {
            line(w, List.of(String.valueOf(r.id()), r.seq() == null ? "" : String.valueOf(r.seq()),
                    TIME.format(local(r)), text(r.actor()), text(r.action()), text(r.subjectType()),
                    text(r.subjectId()), text(r.detail())));
        }
        w.flush();
    }

    static void xlsx(List<AuditView> records, OutputStream out) throws IOException {
        // Streaming: only a window of rows is kept in memory, the rest goes to a temporary file.
        SXSSFWorkbook book = new SXSSFWorkbook(200);
        try {
            Sheet sheet = book.createSheet("审计记录");
            CellStyle time = book.createCellStyle();
            time.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd hh:mm:ss"));
            Row heading = sheet.createRow(0);
            for (int i = 0; i < HEADINGS.size(); i++) {
                heading.createCell(i).setCellValue(HEADINGS.get(i));
            }
            int n = 1;
            for (AuditView r : records) {
                Row row = sheet.createRow(n++);
                row.createCell(0).setCellValue(r.id());
                if (r.seq() != null) {
                    row.createCell(1).setCellValue(r.seq());
                }
                row.createCell(2).setCellValue(local(r));
                row.getCell(2).setCellStyle(time);
                // Text cells are stored as strings, never as formulas, whatever they begin with.
                row.createCell(3).setCellValue(text(r.actor()));
                row.createCell(4).setCellValue(text(r.action()));
                row.createCell(5).setCellValue(text(r.subjectType()));
                row.createCell(6).setCellValue(text(r.subjectId()));
                row.createCell(7).setCellValue(text(r.detail()));
            }
            sheet.setColumnWidth(2, 20 * 256);
            sheet.setColumnWidth(7, 60 * 256);
            book.write(out);
        } finally {
            book.close();
        }
    }

    private static LocalDateTime local(AuditView r) {
        return LocalDateTime.ofInstant(r.occurredAt(), CityTime.ZONE);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static void line(Writer w, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                w.write(',');
            }
            w.write(csvCell(cells.get(i)));
        }
        w.write("\r\n");
    }

    /**
     * One field: a value a spreadsheet would run as a formula (= + - @, or a tab or carriage return
     * first) gets a leading apostrophe; a value with a comma, quote or line break is quoted.
     */
    static String csvCell(String value) {
        String v = value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
            return '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }
}
