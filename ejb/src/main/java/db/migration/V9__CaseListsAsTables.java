package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The lists a case kept as joined text become tables of their own: the classifier's routing
 * suggestions ({@code category|department|confidence;…}), the open cases it probably repeats
 * ({@code trackingNumber|score;…}) and the sensitive words found in it ({@code 词、词}). Existing
 * rows are converted, then the old columns are dropped. Written in Java because splitting text is
 * not portable SQL between PostgreSQL and H2; entries the old reader skipped are skipped here too.
 */
public class V9__CaseListsAsTables extends BaseJavaMigration {

    private static final int BATCH = 500;

    @Override
    public void migrate(Context context) throws SQLException {
        Connection db = context.getConnection();
        try (Statement ddl = db.createStatement()) {
            ddl.execute("""
                    create table case_suggestion (
                        case_id         varchar(40)  not null references case_file (id),
                        sort_order      integer      not null,
                        category        varchar(40)  not null,
                        department_code varchar(40),
                        confidence      double precision not null,
                        primary key (case_id, sort_order)
                    )""");
            ddl.execute("""
                    create table case_duplicate (
                        case_id         varchar(40)  not null references case_file (id),
                        sort_order      integer      not null,
                        tracking_number varchar(30)  not null,
                        score           double precision not null,
                        primary key (case_id, sort_order)
                    )""");
            ddl.execute("""
                    create table case_sensitive_word (
                        case_id         varchar(40)  not null references case_file (id),
                        sort_order      integer      not null,
                        word            varchar(200) not null,
                        primary key (case_id, sort_order)
                    )""");
        }
        convert(db);
        try (Statement ddl = db.createStatement()) {
            ddl.execute("alter table case_file drop column suggestions");
            ddl.execute("alter table case_file drop column duplicates");
            ddl.execute("alter table case_file drop column moderation_hits");
        }
    }

    private static void convert(Connection db) throws SQLException {
        try (Statement read = db.createStatement();
             PreparedStatement suggestion = db.prepareStatement("insert into case_suggestion"
                     + " (case_id, sort_order, category, department_code, confidence) values (?, ?, ?, ?, ?)");
             PreparedStatement duplicate = db.prepareStatement("insert into case_duplicate"
                     + " (case_id, sort_order, tracking_number, score) values (?, ?, ?, ?)");
             PreparedStatement word = db.prepareStatement("insert into case_sensitive_word"
                     + " (case_id, sort_order, word) values (?, ?, ?)")) {
            read.setFetchSize(BATCH);
            int pending = 0;
            try (ResultSet rows = read.executeQuery("select id, suggestions, duplicates, moderation_hits from case_file"
                    + " where suggestions is not null or duplicates is not null or moderation_hits is not null")) {
                while (rows.next()) {
                    String id = rows.getString(1);
                    int i = 0;
                    for (String[] s : suggestions(rows.getString(2))) {
                        suggestion.setString(1, id);
                        suggestion.setInt(2, i++);
                        suggestion.setString(3, s[0].length() <= 40 ? s[0] : s[0].substring(0, 40));
                        suggestion.setString(4, s[1].isEmpty() ? null : s[1]);
                        suggestion.setDouble(5, Double.parseDouble(s[2]));
                        suggestion.addBatch();
                    }
                    i = 0;
                    for (String[] d : duplicates(rows.getString(3))) {
                        duplicate.setString(1, id);
                        duplicate.setInt(2, i++);
                        duplicate.setString(3, d[0]);
                        duplicate.setDouble(4, Double.parseDouble(d[1]));
                        duplicate.addBatch();
                    }
                    i = 0;
                    for (String w : words(rows.getString(4))) {
                        word.setString(1, id);
                        word.setInt(2, i++);
                        word.setString(3, w);
                        word.addBatch();
                    }
                    if (++pending == BATCH) {
                        suggestion.executeBatch();
                        duplicate.executeBatch();
                        word.executeBatch();
                        pending = 0;
                    }
                }
            }
            suggestion.executeBatch();
            duplicate.executeBatch();
            word.executeBatch();
        }
    }

    /** {@code category|department|confidence;…}, the department possibly empty. */
    static List<String[]> suggestions(String text) {
        return entries(text, part -> part.split("\\|", -1), 3);
    }

    /** {@code trackingNumber|score;…}. */
    static List<String[]> duplicates(String text) {
        return entries(text, part -> part.split("\\|"), 2);
    }

    /** The entries the old readers accepted: the right number of parts, and a number last. */
    private static List<String[]> entries(String text, Function<String, String[]> split, int fields) {
        List<String[]> found = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return found;
        }
        for (String part : text.split(";")) {
            String[] p = split.apply(part);
            if (p.length == fields && isNumber(p[fields - 1])) {
                found.add(p);
            }
        }
        return found;
    }

    static List<String> words(String text) {
        List<String> found = new ArrayList<>();
        if (text != null) {
            for (String w : text.split("、")) {
                if (!w.isBlank()) {
                    found.add(w);
                }
            }
        }
        return found;
    }

    private static boolean isNumber(String text) {
        try {
            Double.parseDouble(text);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
