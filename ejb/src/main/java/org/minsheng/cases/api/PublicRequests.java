package org.minsheng.cases.api;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The cases other systems may read (see {@link PublicRequest} for which), for anyone. */
public interface PublicRequests {

    /**
     * The latest public cases received in [{@code start}, {@code end}) (either may be null), of
     * {@code category} and {@code status} ({@code open} or {@code closed}) when given, newest first.
     */
    List<PublicRequest> recent(String category, String status, Instant start, Instant end, int max);

    Optional<PublicRequest> byTrackingNumber(String trackingNumber);
}
