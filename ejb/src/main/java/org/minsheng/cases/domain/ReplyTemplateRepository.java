package org.minsheng.cases.domain;

import java.util.List;
import java.util.Optional;

public interface ReplyTemplateRepository {

    void add(ReplyTemplate template);

    void remove(ReplyTemplate template);

    /** Writes pending changes now, so an edited template's answer carries its new version. */
    void flush();

    Optional<ReplyTemplate> byId(long id);

    /** The shared templates and, when {@code departmentCode} is given, that department's, by position. */
    List<ReplyTemplate> offeredTo(String departmentCode);
}
