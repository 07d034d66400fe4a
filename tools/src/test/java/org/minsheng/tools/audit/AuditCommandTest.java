package org.minsheng.tools.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command on an embedded database migrated like the server's, with records chained by V12. */
class AuditCommandTest {

    private static final String URL = "jdbc:h2:mem:audit-command;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
            + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private AuditCommand command(Map<String, String> env) {
        return new AuditCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), env);
    }

    @BeforeEach
    void database() throws SQLException {
        Flyway.configure().dataSource(URL, "sa", "").locations("classpath:db/migration").target("9").load().migrate();
        execute("insert into audit_record (id, occurred_at, actor, action, subject_type, subject_id, detail) values"
                + " (1, timestamp with time zone '2026-11-30 09:00:00+08', 'admin', 'site.department.add',"
                + " 'department', 'zjj', '住建局'),"
                + " (2, timestamp with time zone '2026-11-30 09:30:00+08', 'zjj', 'case.sign', 'case', 'c2', null),"
                + " (3, timestamp with time zone '2026-11-30 09:40:00+08', 'zjj', 'case.reply.submit', 'case', 'c2',"
                + " 'public')");
        Flyway.configure().dataSource(URL, "sa", "").locations("classpath:db/migration").load().migrate();
    }

    @AfterEach
    void drop() throws SQLException {
        execute("drop all objects");
    }

    private static void execute(String sql) throws SQLException {
        try (Connection db = DriverManager.getConnection(URL, "sa", ""); Statement s = db.createStatement()) {
            s.execute(sql);
        }
    }

    private String output() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void anIntactChainExitsZero() {
        int code = command(Map.of("MINSHENG_DB_URL", URL, "MINSHENG_DB_PASSWORD", "")).run("verify");
        assertThat(code).isEqualTo(AuditCommand.INTACT);
        assertThat(output()).contains("3 record(s) verified; 0 pending", "Chain head: seq 3", "INTACT");
    }

    @Test
    void aChangedRecordIsNamedAndExitsOne() throws SQLException {
        execute("update audit_record set detail = 'private' where id = 3");
        int code = command(Map.of("MINSHENG_DB_URL", URL, "MINSHENG_DB_PASSWORD", "")).run("verify");
        assertThat(code).isEqualTo(AuditCommand.BROKEN);
        assertThat(output()).contains("2 record(s) verified", "BROKEN: record 3 (seq 3)", "was changed");
    }

    @Test
    void aDeletedLastRecordIsFoundAtTheHead() throws SQLException {
        execute("delete from audit_record where id = 3");
        int code = command(Map.of("MINSHENG_DB_URL", URL, "MINSHENG_DB_PASSWORD", "")).run("verify");
        assertThat(code).isEqualTo(AuditCommand.BROKEN);
        assertThat(output()).contains("BROKEN: chain head (seq 3)");
    }

    @Test
    void aMissingEmbeddedDatabaseIsNotCreated(@TempDir Path data) {
        int code = command(Map.of()).run("verify", "--data", data.toString());
        assertThat(code).isEqualTo(AuditCommand.BAD_INPUT);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("cannot read the database", "No embedded database there");
        assertThat(data).isEmptyDirectory();
    }

    @Test
    void anUnknownCommandShowsTheUsage() {
        assertThat(command(Map.of()).run("check")).isEqualTo(AuditCommand.BAD_INPUT);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("audit verify");
    }
}
