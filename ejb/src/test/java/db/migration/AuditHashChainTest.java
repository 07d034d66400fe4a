package db.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.minsheng.audit.domain.ChainBreak;
import org.minsheng.audit.domain.ChainReport;
import org.minsheng.audit.infrastructure.ChainWalk;

/**
 * V12 on the embedded database as the server configures it: records written before it are chained
 * in id order, those about report-mailbox cases are marked confidential, and the server's chain walk
 * over JDBC finds the chain intact, then finds a changed and a deleted record.
 */
class AuditHashChainTest {

    private static final String URL = "jdbc:h2:mem:v12;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
            + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";

    @AfterEach
    void dropDatabase() throws SQLException {
        try (Connection db = DriverManager.getConnection(URL, "sa", ""); Statement s = db.createStatement()) {
            s.execute("drop all objects");
        }
    }

    @Test
    void existingRecordsAreChainedInIdOrderAndReportRecordsMarked() throws SQLException {
        Flyway.configure().dataSource(URL, "sa", "").locations("classpath:db/migration").target("9").load().migrate();
        try (Connection db = DriverManager.getConnection(URL, "sa", ""); Statement s = db.createStatement()) {
            s.execute("insert into case_file (id, tracking_number, query_code, channel, title, body, public_requested,"
                    + " status, received_at, published, failed_lookups, version) values ('r1', 'MS20261130-00001',"
                    + " '123456', 'REPORT_MAILBOX', '举报', '内容', false, 'REGISTERED',"
                    + " timestamp with time zone '2026-11-30 10:00:00+08', false, 0, 0)");
            s.execute("insert into audit_record (id, occurred_at, actor, action, subject_type, subject_id, detail) values"
                    + " (51, timestamp with time zone '2026-11-30 10:00:00.123456+08', 'anonymous', 'case.register',"
                    + " 'case', 'r1', 'MS20261130-00001 REPORT_MAILBOX'),"
                    + " (2, timestamp with time zone '2026-11-30 09:00:00+08', 'admin', 'site.department.add',"
                    + " 'department', 'zjj', '住建局'),"
                    + " (3, timestamp with time zone '2026-11-30 09:30:00+08', 'zjj', 'case.sign', 'case', 'c2', null)");
        }

        Flyway.configure().dataSource(URL, "sa", "").locations("classpath:db/migration").load().migrate();

        try (Connection db = DriverManager.getConnection(URL, "sa", "")) {
            assertThat(rows(db, "select id, seq, confidential from audit_record order by seq"))
                    .containsExactly("2 1 FALSE", "3 2 FALSE", "51 3 TRUE");
            db.setAutoCommit(false);
            ChainReport intact = ChainWalk.verify(db);
            assertThat(intact.intact()).isTrue();
            assertThat(intact.verified()).isEqualTo(3);
            assertThat(intact.headSeq()).isEqualTo(3);
            assertThat(intact.pending()).isZero();
            db.commit();

            try (Statement s = db.createStatement()) {
                s.executeUpdate("update audit_record set actor = 'someone' where id = 3");
            }
            ChainReport changed = ChainWalk.verify(db);
            assertThat(changed.verified()).isEqualTo(1);
            assertThat(changed.firstBreak().recordId()).isEqualTo(3);
            assertThat(changed.firstBreak().kind()).isEqualTo(ChainBreak.Kind.HASH);
            db.rollback();

            try (Statement s = db.createStatement()) {
                s.executeUpdate("delete from audit_record where id = 3");
            }
            ChainReport deleted = ChainWalk.verify(db);
            assertThat(deleted.firstBreak().recordId()).isEqualTo(51);
            assertThat(deleted.firstBreak().kind()).isEqualTo(ChainBreak.Kind.SEQUENCE);
            db.rollback();
        }
    }

    private static List<String> rows(Connection db, String sql) throws SQLException {
        List<String> found = new ArrayList<>();
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(sql)) {
            int columns = r.getMetaData().getColumnCount();
            while (r.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(i > 1 ? " " : "").append(r.getString(i));
                }
                found.add(row.toString());
            }
        }
        return found;
    }
}
