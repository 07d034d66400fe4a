package org.minsheng.cases.domain;

import java.util.List;

public interface FaqRepository {

    void add(FaqEntry entry);

    /** The newest entries first. */
    List<FaqEntry> latest(int limit);

    boolean existsForCase(String caseId);
}
