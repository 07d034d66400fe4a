package org.minsheng.disclosure.domain;

import org.minsheng.shared.i18n.Label;
import org.minsheng.shared.i18n.Labelled;

/** Why information is not provided, with the article of the regulation the letter cites. */
public enum LegalReason implements Labelled {
    STATE_SECRET("属于国家秘密（《中华人民共和国政府信息公开条例》第十四条）", "A state secret (Art. 14)"),
    LAW_FORBIDS("法律、行政法规禁止公开（第十四条）", "Laws or administrative regulations forbid disclosure (Art. 14)"),
    SECURITY("公开后可能危及国家安全、公共安全、经济安全、社会稳定（第十四条）",
            "Disclosure could endanger national, public or economic security or social stability (Art. 14)"),
    THIRD_PARTY("涉及商业秘密、个人隐私等，公开会对第三方合法权益造成损害（第十五条）",
            "Trade secrets or privacy; disclosure would harm a third party (Art. 15)"),
    INTERNAL_AFFAIRS("属于人事管理、后勤管理、内部工作流程等内部事务信息（第十六条第一款）",
            "Internal affairs: personnel, logistics, internal procedures (Art. 16 para. 1)"),
    PROCESS_INFORMATION("属于讨论记录、过程稿、磋商信函、请示报告等过程性信息（第十六条第二款）",
            "Process information: discussion records, drafts, consultations, requests (Art. 16 para. 2)"),
    ENFORCEMENT_FILE("属于行政执法案卷信息（第十六条第二款）", "Administrative enforcement files (Art. 16 para. 2)");

    private final Label label;

    LegalReason(String zh, String en) {
        this.label = new Label(zh, en);
    }

    @Override
    public Label label() {
        return label;
    }
}
