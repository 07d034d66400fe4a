package org.minsheng.shared.error;

/** The caller is sending faster than allowed and should wait (HTTP 429). */
public class TooManyRequests extends BusinessException {

    public TooManyRequests(String titleZh, String titleEn) {
        super(titleZh, titleEn);
    }

    @Override
    public String type() {
        return "too-many-requests";
    }
}
