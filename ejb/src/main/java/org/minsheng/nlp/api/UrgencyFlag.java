package org.minsheng.nlp.api;

import java.util.List;

/** Whether a message reports a present safety hazard (the workflow shortens its time limit). */
public record UrgencyFlag(boolean urgent, List<UrgencyCause> causes) {

    public UrgencyFlag {
        causes = List.copyOf(causes);
    }
}
