package org.minsheng.guide.domain;

import org.minsheng.shared.error.Conflict;

/** The step does not fit the guide's status (HTTP 409). */
public class IllegalGuideTransition extends Conflict {

    public IllegalGuideTransition(GuideStatus status, String stepZh, String stepEn) {
        super("办事指南当前状态为“" + status.labelZh() + "”，不能" + stepZh,
                "The guide is " + status.labelEn().toLowerCase(java.util.Locale.ROOT) + "; it cannot be " + stepEn);
    }
}
