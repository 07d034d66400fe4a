package db.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * V9 on the embedded database as the server configures it (H2 in PostgreSQL mode): cases stored
 * with joined lists before V9 have the same lists, in order, in the new tables after it.
 */
class CaseListsAsTablesTest {

    private static final String URL = "jdbc:h2:mem:v9;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
            + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";

    private Flyway flyway(String target) {
        return Flyway.configure().dataSource(URL, "sa", "").locations("classpath:db/migration").target(target).load();
    }

    @AfterEach
    void dropDatabase() throws SQLException {
        try (Connection db = DriverManager.getConnection(URL, "sa", ""); Statement s = db.createStatement()) {
            s.execute("drop all objects");
        }
    }

    @Test
    void joinedListsBecomeRowsAndTheOldColumnsGo() throws SQLException {
        flyway("8").migrate();
        try (Connection db = DriverManager.getConnection(URL, "sa", "")) {
            insertCase(db, "c1", "MS20261130-00001", "市容环境|cgj|0.812;道路交通||0.100;坏的条目;排水|swj|不是数字",
                    "MS20261129-00007|0.93;MS20261128-00002|0.41", "混蛋、垃圾");
            insertCase(db, "c2", "MS20261130-00002", "", null, null);
        }

        assertThat(flyway("9").migrate().migrationsExecuted).isEqualTo(1);

        try (Connection db = DriverManager.getConnection(URL, "sa", "")) {
            assertThat(rows(db, "select case_id, sort_order, category, department_code, confidence"
                    + " from case_suggestion order by case_id, sort_order"))
                    .containsExactly("c1 0 市容环境 cgj 0.812", "c1 1 道路交通 null 0.1");
            assertThat(rows(db, "select case_id, sort_order, tracking_number, score"
                    + " from case_duplicate order by case_id, sort_order"))
                    .containsExactly("c1 0 MS20261129-00007 0.93", "c1 1 MS20261128-00002 0.41");
            assertThat(rows(db, "select case_id, sort_order, word from case_sensitive_word order by case_id, sort_order"))
                    .containsExactly("c1 0 混蛋", "c1 1 垃圾");
            assertThat(rows(db, "select column_name from information_schema.columns where table_name = 'case_file'"
                    + " and column_name in ('suggestions', 'duplicates', 'moderation_hits')")).isEmpty();
            assertThat(rows(db, "select id from case_file order by id")).containsExactly("c1", "c2");
        }
    }

    @Test
    void anEmptyDatabaseMigratesToTheLatestVersion() {
        // Later migrations follow V9; an empty database still reaches the newest.
        assertThat(Integer.parseInt(flyway("latest").migrate().targetSchemaVersion)).isGreaterThanOrEqualTo(9);
    }

    private static void insertCase(Connection db, String id, String number, String suggestions, String duplicates,
                                   String sensitiveWords) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("insert into case_file (id, tracking_number, query_code,"
                + " channel, title, body, public_requested, status, received_at, published, failed_lookups, version,"
                + " suggestions, duplicates, moderation_hits) values (?, ?, '123456', 'WEB', '标题', '内容', false,"
                + " 'REGISTERED', timestamp with time zone '2026-11-30 10:00:00+08', false, 0, 0, ?, ?, ?)")) {
            insert.setString(1, id);
            insert.setString(2, number);
            insert.setString(3, suggestions);
            insert.setString(4, duplicates);
            insert.setString(5, sensitiveWords);
            insert.executeUpdate();
        }
    }

    private static List<String> rows(Connection db, String sql) throws SQLException {
        List<String> found = new ArrayList<>();
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(sql)) {
            int columns = r.getMetaData().getColumnCount();
            while (r.next()) {
                List<String> values = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    values.add(String.valueOf(r.getObject(i)));
                }
                found.add(String.join(" ", values));
            }
        }
        return found;
    }
}
