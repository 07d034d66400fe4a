package org.minsheng.shared.error;

/** Content of a kind the platform does not accept, or not what it claims to be (HTTP 415). */
public class UnsupportedType extends BusinessException {

    public UnsupportedType(String titleZh, String titleEn) {
        super(titleZh, titleEn);
    }

    @Override
    public String type() {
        return "unsupported-media-type";
    }
}
