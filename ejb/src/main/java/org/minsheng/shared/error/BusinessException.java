package org.minsheng.shared.error;

import jakarta.ejb.ApplicationException;

/**
 * The root of every error a user can cause. The web layer maps each subclass to one RFC 9457
 * problem type; the transaction rolls back so nothing is half-stored.
 */
@ApplicationException(rollback = true, inherited = true)
public abstract class BusinessException extends RuntimeException {

    private final String titleZh;

    protected BusinessException(String titleZh, String titleEn) {
        super(titleEn);
        this.titleZh = titleZh;
    }

    public String titleZh() {
        return titleZh;
    }

    public String titleEn() {
        return getMessage();
    }

    /** Problem type slug, e.g. {@code validation} → {@code /problems/validation}. */
    public abstract String type();
}
