package org.minsheng.web.cases;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.minsheng.cases.api.CaseSearchRow;
import org.minsheng.shared.time.CityTime;

/** The staff case search's export files: CSV (UTF-8 with a byte-order mark, RFC 4180) and xlsx. */
final class CaseSearchFiles {

    static final String CSV = "text/csv; charset=UTF-8";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    static final List<String> HEADINGS = List.of("件号", "渠道", "标题", "状态", "承办单位", "分类", "来信人", "手机号",
            "登记时间（北京时间）", "办理期限");

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");

    private CaseSearchFiles() {
    }

    static List<String> cells(CaseSearchRow r) {
        return List.of(r.trackingNumber(), r.channelZh(), text(r.title()), r.statusZh(), text(r.departmentCode()),
                text(r.category()), text(r.residentName()), text(r.residentMobile()), time(r.receivedAt()),
                time(r.dueAt()));
    }

    static void csv(List<CaseSearchRow> rows, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write('\uFEFF');
        line(w, HEADINGS);
        for (CaseSearchRow r : rows) {
            line(w, cells(r));
        }
        w.flush();
    }

    static void xlsx(List<CaseSearchRow> rows, OutputStream out) throws IOException {
        SXSSFWorkbook book = new SXSSFWorkbook(200);
        try {
            Sheet sheet = book.createSheet("来信查询");
            Row heading = sheet.createRow(0);
            for (int i = 0; i < HEADINGS.size(); i++) {
                heading.createCell(i).setCellValue(HEADINGS.get(i));
            }
            int n = 1;
            for (CaseSearchRow r : rows) {
                Row row = sheet.createRow(n++);
                List<String> cells = cells(r);
                // Text cells are stored as strings, never as formulas, whatever they begin with.
                for (int i = 0; i < cells.size(); i++) {
                    row.createCell(i).setCellValue(cells.get(i));
                }
            }
            sheet.setColumnWidth(2, 40 * 256);
            book.write(out);
        } finally {
            book.close();
        }
    }

    private static String time(Instant t) {
        return t == null ? "" : TIME.format(LocalDateTime.ofInstant(t, CityTime.ZONE));
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

    /** One field: formula-looking values get a leading apostrophe; commas, quotes and breaks are quoted. */
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
