package org.minsheng.site.domain;

import java.util.List;
import java.util.Optional;

public interface SiteRepository {

    List<Department> departments();

    Optional<Department> department(String code);

    Optional<Department> platformDepartment();

    List<Leader> leaders();

    Optional<Leader> leader(String code);

    void add(Department department);

    void add(Leader leader);
}
