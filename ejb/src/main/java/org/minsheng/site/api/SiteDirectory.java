package org.minsheng.site.api;

import java.util.List;
import java.util.Optional;

/** Read access to departments and leaders for other features and the web layer. */
public interface SiteDirectory {

    List<DepartmentView> departments();

    Optional<DepartmentView> department(String code);

    Optional<DepartmentView> platformDepartment();

    List<LeaderView> leaders();

    Optional<LeaderView> leader(String code);
}
