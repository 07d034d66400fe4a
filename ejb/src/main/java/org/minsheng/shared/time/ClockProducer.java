package org.minsheng.shared.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** The one clock every service injects, so that application services can be tested at a fixed time. */
@ApplicationScoped
public class ClockProducer {

    @Produces
    Clock clock() {
        return CityTime.systemClock();
    }
}
