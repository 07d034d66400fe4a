package org.minsheng.tools.audit;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import org.minsheng.audit.domain.ChainBreak;
import org.minsheng.audit.domain.ChainReport;
import org.minsheng.audit.infrastructure.ChainWalk;

/**
 * {@code audit verify}: walks the audit hash chain in the database, with the server's own code, and
 * reports how many records hold and the first broken link. Exit codes: 0 intact, 1 broken, 2 bad
 * arguments or no database.
 *
 * <p>The database is MINSHENG_DB_URL (with MINSHENG_DB_USER and MINSHENG_DB_PASSWORD), as the
 * server uses it, or else the embedded H2 file under {@code --data}. PostgreSQL can be checked while
 * the servers run; the H2 file only while the server is stopped (a running server holds its lock).
 */
public final class AuditCommand {

    public static final int INTACT = 0;
    public static final int BROKEN = 1;
    public static final int BAD_INPUT = 2;

    /** H2's error codes for a database file another process holds, and for a missing one. */
    private static final int H2_IN_USE = 90020;
    private static final int H2_NOT_FOUND = 90146;

    private static final String USAGE = """
            用法 / usage: audit verify [--data DIR]

              verify    校验审计哈希链 / check the audit hash chain
                        exit 0 intact, 1 broken, 2 no database or bad arguments

            数据库 / database: MINSHENG_DB_URL, MINSHENG_DB_USER, MINSHENG_DB_PASSWORD (PostgreSQL, also
            while the servers run); without them the embedded H2 file DIR/minsheng (default .minsheng/data),
            only while the server is stopped. A running server also answers GET /api/staff/audit/verify.
            """;

    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, String> env;

    public AuditCommand(PrintStream out, PrintStream err, Map<String, String> env) {
        this.out = out;
        this.err = err;
        this.env = env;
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        System.exit(new AuditCommand(out, err, System.getenv()).run(args));
    }

    public int run(String... args) {
        Path data = Path.of(".minsheng", "data");
        String command = null;
        for (int i = 0; i < args.length; i++) {
            if ("--data".equals(args[i]) && i + 1 < args.length) {
                data = Path.of(args[++i]);
            } else if (command == null && !args[i].startsWith("-")) {
                command = args[i];
            } else {
                err.print(USAGE);
                return BAD_INPUT;
            }
        }
        if (!"verify".equals(command)) {
            err.print(USAGE);
            return BAD_INPUT;
        }
        String url = env.getOrDefault("MINSHENG_DB_URL", "");
        String user = env.getOrDefault("MINSHENG_DB_USER", "sa");
        String password = env.getOrDefault("MINSHENG_DB_PASSWORD", "sa");
        if (url.isBlank()) {
            url = h2Url(data);
        }
        return verify(url, user, password);
    }

    /** The server's embedded database (see the datasource in the server configuration); never creates one. */
    static String h2Url(Path data) {
        return "jdbc:h2:file:" + data.toAbsolutePath().resolve("minsheng")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;IFEXISTS=TRUE";
    }

    int verify(String url, String user, String password) {
        out.println("Verifying the audit chain in " + url.replaceFirst(";.*", "") + " …");
        ChainReport report;
        try (Connection db = DriverManager.getConnection(url, user, password)) {
            db.setAutoCommit(false);
            try {
                report = ChainWalk.verify(db);
            } finally {
                db.rollback();
            }
        } catch (SQLException e) {
            err.println("minsheng audit: cannot read the database: " + e.getMessage());
            if (e.getErrorCode() == H2_IN_USE) {
                err.println("The embedded H2 file is locked while the server runs: stop it first, or ask the"
                        + " running server (GET /api/staff/audit/verify as admin or discipline).");
            } else if (e.getErrorCode() == H2_NOT_FOUND) {
                err.println("No embedded database there: give --data DIR, or MINSHENG_DB_URL for PostgreSQL.");
            }
            return BAD_INPUT;
        }
        print(report);
        return report.intact() ? INTACT : BROKEN;
    }

    void print(ChainReport report) {
        out.printf("%d record(s) verified; %d pending (written, not yet sealed into the chain).%n",
                report.verified(), report.pending());
        out.printf("Chain head: seq %d, hash %s%n", report.headSeq(), report.headHash());
        ChainBreak broken = report.firstBreak();
        if (broken == null) {
            out.println("INTACT: every link holds.");
        } else {
            out.println("BROKEN: " + broken.describe());
        }
    }
}
