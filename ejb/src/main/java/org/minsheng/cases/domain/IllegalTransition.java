package org.minsheng.cases.domain;

import org.minsheng.shared.error.Conflict;

/** A workflow step that the case's current status does not allow (HTTP 409). */
public class IllegalTransition extends Conflict {

    public IllegalTransition(String action, CaseStatus from) {
        super("当前状态（" + from.labelZh() + "）下不能" + action,
                "Cannot " + action + " a case in status " + from.labelEn());
    }
}
