package org.minsheng.site.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.minsheng.audit.api.AuditTrail;
import org.minsheng.site.api.DepartmentView;
import org.minsheng.site.api.LeaderView;
import org.minsheng.site.api.SiteDirectory;
import org.minsheng.site.domain.Department;
import org.minsheng.site.domain.Leader;
import org.minsheng.site.domain.SiteRepository;

@Stateless
@LocalBean
@Local(SiteDirectory.class)
@PermitAll
public class SiteService implements SiteDirectory {

    @Inject
    SiteRepository repository;

    @Inject
    AuditTrail audit;

    @Resource
    SessionContext session;

    @Override
    public List<DepartmentView> departments() {
        return repository.departments().stream().map(SiteService::view).toList();
    }

    @Override
    public Optional<DepartmentView> department(String code) {
        return repository.department(code).map(SiteService::view);
    }

    @Override
    public Optional<DepartmentView> platformDepartment() {
        return repository.platformDepartment().map(SiteService::view);
    }

    @Override
    public Optional<DepartmentView> departmentByName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = normalise(name);
        return repository.departments().stream().filter(d -> normalise(d.name()).equals(wanted)).findFirst()
                .map(SiteService::view);
    }

    private static String normalise(String name) {
        return name.replace('（', '(').replace('）', ')').replaceAll("\\s+", "");
    }

    @Override
    public List<LeaderView> leaders() {
        return repository.leaders().stream().map(SiteService::view).toList();
    }

    @Override
    public Optional<LeaderView> leader(String code) {
        return repository.leader(code).map(SiteService::view);
    }

    @RolesAllowed("admin")
    public void addDepartment(String code, String name, String nameEn, boolean platform) {
        repository.add(new Department(code, name, nameEn, platform, repository.departments().size() + 1));
        audit.record(caller(), "site.department.add", "department", code, name);
    }

    @RolesAllowed("admin")
    public void addLeader(String code, String name, String title, String titleEn, String portfolio) {
        repository.add(new Leader(code, name, title, titleEn, portfolio, repository.leaders().size() + 1));
        audit.record(caller(), "site.leader.add", "leader", code, title + " " + name);
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }

    private static DepartmentView view(Department d) {
        return new DepartmentView(d.code(), d.name(), d.nameEn(), d.isPlatform());
    }

    private static LeaderView view(Leader l) {
        return new LeaderView(l.code(), l.name(), l.title(), l.titleEn(), l.portfolio());
    }
}
