package org.minsheng.audit.infrastructure;

import jakarta.annotation.Resource;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.minsheng.audit.domain.ChainCheck;
import org.minsheng.audit.domain.ChainReport;

/** The server's chain check: {@link ChainWalk} on a connection that takes part in the caller's transaction. */
@Stateless
@Local(ChainCheck.class)
public class JdbcChainCheck implements ChainCheck {

    @Resource
    DataSource dataSource;

    @Override
    public ChainReport verify() {
        try (Connection db = dataSource.getConnection()) {
            return ChainWalk.verify(db);
        } catch (SQLException e) {
            throw new IllegalStateException("audit chain could not be read", e);
        }
    }
}
