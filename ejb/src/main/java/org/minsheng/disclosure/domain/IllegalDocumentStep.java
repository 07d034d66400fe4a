package org.minsheng.disclosure.domain;

import org.minsheng.shared.error.Conflict;

/** A step the document's status does not allow (409). */
public class IllegalDocumentStep extends Conflict {

    public IllegalDocumentStep(String zh, String en) {
        super(zh, en);
    }
}
