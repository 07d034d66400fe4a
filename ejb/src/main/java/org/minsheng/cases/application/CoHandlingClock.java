package org.minsheng.cases.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import org.eclipse.microprofile.config.Config;
import org.minsheng.cases.domain.CaseFile;
import org.minsheng.cases.domain.CaseParticipant;

/**
 * A co-handling department's own due date (协办期限): {@code minsheng.cases.co-handling-days}
 * working days (5 by default) from dispatch, never after the lead department's due date, so the
 * opinion arrives while the lead department can still use it.
 */
@ApplicationScoped
public class CoHandlingClock {

    static final int DEFAULT_DAYS = 5;

    @Inject
    CaseClock caseClock;

    @Inject
    Config config;

    public int days() {
        return config.getOptionalValue("minsheng.cases.co-handling-days", Integer.class).orElse(DEFAULT_DAYS);
    }

    public void start(CaseParticipant participant, CaseFile c, Instant now) {
        Instant due = caseClock.dueFrom(now, days());
        Instant leadDue = c.timeLimit().dueAt();
        participant.startClock(now, leadDue != null && leadDue.isBefore(due) ? leadDue : due);
    }
}
