package org.minsheng.shared.error;

/** A part of the platform is starting or down; the caller may retry later (HTTP 503). */
public class Unavailable extends BusinessException {

    public Unavailable(String titleZh, String titleEn) {
        super(titleZh, titleEn);
    }

    @Override
    public String type() {
        return "unavailable";
    }
}
