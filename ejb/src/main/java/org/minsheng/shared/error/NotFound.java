package org.minsheng.shared.error;

/** Nothing to show. Also used where telling "absent" from "not yours" would leak (HTTP 404). */
public class NotFound extends BusinessException {

    public NotFound(String titleZh, String titleEn) {
        super(titleZh, titleEn);
    }

    @Override
    public String type() {
        return "not-found";
    }
}
