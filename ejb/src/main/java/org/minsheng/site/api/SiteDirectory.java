package org.minsheng.site.api;

import java.util.List;
import java.util.Optional;

/** Read access to departments and leaders for other features and the web layer. */
public interface SiteDirectory {

    List<DepartmentView> departments();

    Optional<DepartmentView> department(String code);

    Optional<DepartmentView> platformDepartment();

    /**
     * A department by its name as other systems write it; spaces and the width of brackets do not
     * matter ({@code 市公安局 (交警支队)} finds {@code 市公安局（交警支队）}).
     */
    Optional<DepartmentView> departmentByName(String name);

    List<LeaderView> leaders();

    Optional<LeaderView> leader(String code);
}
