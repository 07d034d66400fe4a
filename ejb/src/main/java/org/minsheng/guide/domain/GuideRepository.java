package org.minsheng.guide.domain;

import java.util.List;
import java.util.Optional;

public interface GuideRepository {

    Optional<Guide> guide(long id);

    void add(Guide guide);

    /** Writes pending changes, so that a guide's version is the one stored. */
    void flush();

    /** Guides in these statuses, of one department and with one life event when given. */
    List<Guide> guides(List<GuideStatus> statuses, String departmentCode, LifeEvent lifeEvent);
}
