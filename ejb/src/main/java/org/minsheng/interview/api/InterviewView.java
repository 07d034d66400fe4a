package org.minsheng.interview.api;

import java.time.Instant;
import java.util.List;

/** An interview's announcement and state. {@code lastSequence} is the number of its latest post. */
public record InterviewView(String id, String title, String introduction, String departmentCode,
                            Instant scheduledAt, String status, String statusZh, String statusEn, Instant startedAt,
                            Instant finishedAt, String summary, long lastSequence, List<GuestView> guests) {

    public boolean live() {
        return "LIVE".equals(status);
    }

    public boolean finished() {
        return "FINISHED".equals(status);
    }

    public boolean announced() {
        return "ANNOUNCED".equals(status);
    }
}
