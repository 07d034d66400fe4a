package org.minsheng.disclosure.domain;

import org.minsheng.shared.i18n.Label;
import org.minsheng.shared.i18n.Labelled;

/** How the applicant wants the information. */
public enum DeliveryForm implements Labelled {
    PAPER("纸质", "On paper"),
    EMAIL("电子邮件", "By e-mail"),
    DOWNLOAD("网上下载", "Download");

    private final Label label;

    DeliveryForm(String zh, String en) {
        this.label = new Label(zh, en);
    }

    @Override
    public Label label() {
        return label;
    }
}
