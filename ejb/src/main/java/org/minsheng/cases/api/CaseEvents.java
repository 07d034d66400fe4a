package org.minsheng.cases.api;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import org.minsheng.cases.domain.CaseEvent;
import org.minsheng.shared.events.EventStream;

/** Declares the case-events stream (every step of every case), read by the digest. */
@Dependent
public class CaseEvents {

    @Produces
    public static final EventStream STREAM = CaseEvent.STREAM;
}
