package org.minsheng.shared.error;

/** The request or one of its files is larger than the platform accepts (HTTP 413). */
public class TooLarge extends BusinessException {

    public TooLarge(String titleZh, String titleEn) {
        super(titleZh, titleEn);
    }

    @Override
    public String type() {
        return "too-large";
    }
}
