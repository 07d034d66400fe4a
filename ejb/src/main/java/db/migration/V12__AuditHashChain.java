package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.minsheng.audit.domain.AuditFields;
import org.minsheng.audit.domain.AuditHash;

/**
 * The audit trail becomes a hash chain: each record gets its place ({@code seq}), the previous
 * record's hash and its own ({@link AuditHash}), and one head row holds the chain's end. Records
 * about report-mailbox cases are marked confidential first (the hash covers the mark), then the
 * existing records are chained in id order. Written in Java because SHA-256 is not portable SQL.
 */
public class V12__AuditHashChain extends BaseJavaMigration {

    private static final int BATCH = 500;

    @Override
    public void migrate(Context context) throws SQLException {
        Connection db = context.getConnection();
        try (Statement ddl = db.createStatement()) {
            ddl.execute("alter table audit_record add column confidential boolean default false not null");
            ddl.execute("alter table audit_record add column seq bigint");
            ddl.execute("alter table audit_record add column prev_hash varchar(64)");
            ddl.execute("alter table audit_record add column hash varchar(64)");
            ddl.execute("create unique index audit_record_seq on audit_record (seq)");
            ddl.execute("create index audit_record_time on audit_record (occurred_at, id)");
            ddl.execute("create index audit_record_actor on audit_record (actor, occurred_at)");
            ddl.execute("""
                    create table audit_chain (
                        id        integer      primary key,
                        last_seq  bigint       not null,
                        last_hash varchar(64)  not null
                    )""");
            ddl.executeUpdate("update audit_record set confidential = true where subject_type = 'case'"
                    + " and subject_id in (select id from case_file where channel = 'REPORT_MAILBOX')");
        }
        long seq = 0;
        String previous = AuditHash.GENESIS;
        try (Statement read = db.createStatement();
             PreparedStatement seal = db.prepareStatement(
                     "update audit_record set seq = ?, prev_hash = ?, hash = ? where id = ?")) {
            read.setFetchSize(BATCH);
            int pending = 0;
            try (ResultSet rows = read.executeQuery("select id, occurred_at, actor, action, subject_type, subject_id,"
                    + " detail, confidential from audit_record order by id")) {
                while (rows.next()) {
                    AuditFields fields = new AuditFields(rows.getLong(1),
                            rows.getObject(2, OffsetDateTime.class).toInstant(), rows.getString(3), rows.getString(4),
                            rows.getString(5), rows.getString(6), rows.getString(7), rows.getBoolean(8));
                    seq++;
                    String hash = AuditHash.of(previous, seq, fields);
                    seal.setLong(1, seq);
                    seal.setString(2, previous);
                    seal.setString(3, hash);
                    seal.setLong(4, fields.id());
                    seal.addBatch();
                    previous = hash;
                    if (++pending == BATCH) {
                        seal.executeBatch();
                        pending = 0;
                    }
                }
            }
            seal.executeBatch();
        }
        try (PreparedStatement head = db.prepareStatement(
                "insert into audit_chain (id, last_seq, last_hash) values (1, ?, ?)")) {
            head.setLong(1, seq);
            head.setString(2, previous);
            head.executeUpdate();
        }
    }
}
