package org.minsheng.shared.error;

/** The action does not fit the current state, or someone else changed it first (HTTP 409). */
public class Conflict extends BusinessException {

    public Conflict(String titleZh, String titleEn) {
        super(titleZh, titleEn);
    }

    @Override
    public String type() {
        return "conflict";
    }
}
