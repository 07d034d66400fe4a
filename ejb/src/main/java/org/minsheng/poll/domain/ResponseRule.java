package org.minsheng.poll.domain;

import org.minsheng.shared.i18n.Label;
import org.minsheng.shared.i18n.Labelled;

/** How one response per person is kept: per resident account, or per device with a limit per network address. */
public enum ResponseRule implements Labelled {
    ACCOUNT("登录居民账号，每个账号一次", "Signed-in residents, once per account"),
    DEVICE("无需登录，每台设备一次", "Anonymous, once per device");

    private final Label label;

    ResponseRule(String labelZh, String labelEn) {
        this.label = new Label(labelZh, labelEn);
    }

    @Override
    public Label label() {
        return label;
    }
}
