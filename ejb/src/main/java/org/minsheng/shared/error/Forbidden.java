package org.minsheng.shared.error;

/** The signed-in person may not do this to this object (HTTP 403). */
public class Forbidden extends BusinessException {

    public Forbidden(String titleZh, String titleEn) {
        super(titleZh, titleEn);
    }

    @Override
    public String type() {
        return "forbidden";
    }
}
