package org.minsheng.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Direct access to the tests' PostgreSQL database, to check what the application stored. */
final class Database {

    private interface Use<T> {
        T apply(PreparedStatement statement) throws SQLException;
    }

    private Database() {
    }

    static long count(String sql, Object... parameters) {
        return run(sql, parameters, statement -> {
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        });
    }

    static String text(String sql, Object... parameters) {
        return run(sql, parameters, statement -> {
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        });
    }

    /** Changes rows directly, to put a case where a test needs it (e.g. a due date in the past). */
    static int update(String sql, Object... parameters) {
        return run(sql, parameters, PreparedStatement::executeUpdate);
    }

    private static <T> T run(String sql, Object[] parameters, Use<T> use) {
        try (Connection c = DriverManager.getConnection(System.getProperty("it.db.url"),
                System.getProperty("it.db.user"), System.getProperty("it.db.password"));
             PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return use.apply(statement);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
