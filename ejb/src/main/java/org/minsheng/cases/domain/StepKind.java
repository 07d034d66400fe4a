package org.minsheng.cases.domain;

import org.minsheng.shared.i18n.Label;
import org.minsheng.shared.i18n.Labelled;

/** What a timeline step records, and whether the resident sees it. */
public enum StepKind implements Labelled {
    REGISTERED("登记", "Registered", true),
    ACCEPTED("受理", "Accepted", true),
    NOT_ACCEPTED("不予受理", "Not accepted", true),
    DISPATCHED("分办", "Dispatched", true),
    COPIED("抄告", "Copied to", false),
    INSTRUCTED("领导批示", "Leader's instruction", false),
    SIGNED("签收", "Taken up", true),
    RETURNED("退单", "Returned to dispatcher", false),
    VERIFIED("核实", "Verified", false),
    RECTIFIED("整改", "Rectified", false),
    NOTE("办理记录", "Note", false),
    OPINION("协办意见", "Co-handling opinion", false),
    SUPPLEMENT_REQUESTED("要求补充材料", "Supplement requested", true),
    SUPPLEMENTED("补充材料", "Supplement received", true),
    EXTENSION_REQUESTED("申请延期", "Extension requested", false),
    EXTENSION_GRANTED("延期获批", "Extension granted", true),
    EXTENSION_REFUSED("延期未获批", "Extension refused", false),
    REPLY_SUBMITTED("提交答复审核", "Reply sent for review", false),
    SENT_BACK("审核退回", "Reply sent back", false),
    ANSWERED("答复", "Answered", true),
    RATED("评价", "Rated", true),
    REOPENED("重办", "Reopened", true),
    FOLLOW_UP("追问", "Follow-up question", true),
    CLOSED("办结", "Closed", true),
    MERGED("并单", "Merged", true),
    REMINDED("催办", "Reminder", false),
    ESCALATED("督办", "Escalated", false),
    SUB_STATUS("办理进展", "Progress", true),
    ANSWERED_ON_THE_SPOT("直接答复", "Answered on the spot", true),
    FOLLOW_UP_VISIT("回访", "Follow-up visit", true),
    CO_HANDLING_REMINDED("协办催办", "Co-handling reminder", false),
    CO_HANDLING_ESCALATED("协办督办", "Co-handling overdue", false);

    private final Label label;
    private final boolean shownToResident;

    StepKind(String labelZh, String labelEn, boolean shownToResident) {
        this.label = new Label(labelZh, labelEn);
        this.shownToResident = shownToResident;
    }

    public boolean shownToResident() {
        return shownToResident;
    }

    @Override
    public Label label() {
        return label;
    }
}
