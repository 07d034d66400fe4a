package org.minsheng.audit.infrastructure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import org.minsheng.audit.domain.AuditFields;
import org.minsheng.audit.domain.ChainLink;
import org.minsheng.audit.domain.ChainReport;
import org.minsheng.audit.domain.ChainVerifier;

/**
 * Verifies the stored chain over JDBC: the server runs it inside a transaction and the
 * {@code audit verify} command on its own connection, so both read the rows the same way. The head
 * is locked first, so no sealer extends the chain while it is walked (a sealer that finds it locked
 * skips its turn).
 */
public final class ChainWalk {

    private static final int FETCH = 1000;

    private ChainWalk() {
    }

    /** Walks the whole chain; the connection must not be in auto-commit mode. */
    public static ChainReport verify(Connection db) throws SQLException {
        long headSeq;
        String headHash;
        try (PreparedStatement head = db.prepareStatement(
                "select last_seq, last_hash from audit_chain where id = 1 for update");
             ResultSet row = head.executeQuery()) {
            if (!row.next()) {
                throw new SQLException("audit_chain has no head row: the schema is older than V12");
            }
            headSeq = row.getLong(1);
            headHash = row.getString(2);
        }
        ChainVerifier verifier = new ChainVerifier();
        try (PreparedStatement walk = db.prepareStatement("select seq, id, occurred_at, actor, action, subject_type,"
                + " subject_id, detail, confidential, prev_hash, hash from audit_record where seq is not null"
                + " order by seq")) {
            walk.setFetchSize(FETCH);
            try (ResultSet rows = walk.executeQuery()) {
                while (rows.next()) {
                    AuditFields fields = new AuditFields(rows.getLong(2),
                            rows.getObject(3, OffsetDateTime.class).toInstant(), rows.getString(4), rows.getString(5),
                            rows.getString(6), rows.getString(7), rows.getString(8), rows.getBoolean(9));
                    if (!verifier.accept(new ChainLink(rows.getLong(1), fields, rows.getString(10),
                            rows.getString(11)))) {
                        break;
                    }
                }
            }
        }
        long pending;
        try (Statement count = db.createStatement();
             ResultSet row = count.executeQuery("select count(*) from audit_record where seq is null")) {
            row.next();
            pending = row.getLong(1);
        }
        return verifier.finish(headSeq, headHash, pending);
    }
}
