package org.minsheng.shared.time;

import java.time.Clock;
import java.time.ZoneId;

/** The city's time zone, declared once; dates, working days and time limits are counted in it. */
public final class CityTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private CityTime() {
    }

    /** The running system's clock in the city's zone; tests pass a fixed clock instead. */
    public static Clock systemClock() {
        return Clock.system(ZONE);
    }
}
