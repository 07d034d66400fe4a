package org.minsheng.cases.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;

/**
 * The query code that lets a resident follow a case without an account, and the count of wrong
 * codes that locks look-ups for a while, so that the 10⁶ codes cannot be tried one by one.
 */
@Embeddable
public class QueryCodeGuard {

    /** Wrong query codes in a row before look-ups of this case are refused for a while. */
    public static final int MAX_FAILED_LOOKUPS = 10;
    public static final Duration LOOKUP_LOCK = Duration.ofMinutes(15);

    @Column(name = "query_code", nullable = false, length = 6)
    private String code;

    @Column(name = "failed_lookups", nullable = false)
    private int failedLookups;

    @Column(name = "lookup_locked_until")
    private Instant lockedUntil;

    protected QueryCodeGuard() {
    }

    QueryCodeGuard(String code) {
        this.code = code;
    }

    /** Checks a code; counts failures and locks look-ups after too many. */
    boolean accepts(String candidate, Instant now) {
        if (lockedUntil != null && now.isBefore(lockedUntil)) {
            return false;
        }
        boolean ok = candidate != null && MessageDigest.isEqual(
                code.getBytes(StandardCharsets.US_ASCII), candidate.getBytes(StandardCharsets.US_ASCII));
        if (ok) {
            failedLookups = 0;
        } else if (++failedLookups >= MAX_FAILED_LOOKUPS) {
            failedLookups = 0;
            lockedUntil = now.plus(LOOKUP_LOCK);
        }
        return ok;
    }

    public String code() {
        return code;
    }
}
