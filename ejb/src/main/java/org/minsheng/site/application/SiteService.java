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
import org.minsheng.identity.api.Roles;
import org.minsheng.shared.error.Conflict;
import org.minsheng.shared.error.NotFound;
import org.minsheng.shared.error.Validation;
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

    @RolesAllowed(Roles.ADMIN)
    public void addDepartment(String code, String name, String nameEn, boolean platform) {
        repository.add(new Department(code, name, nameEn, platform, repository.departments().size() + 1));
        audit.record(caller(), "site.department.add", "department", code, name);
    }

    @RolesAllowed(Roles.ADMIN)
    public void addLeader(String code, String name, String title, String titleEn, String portfolio) {
        repository.add(new Leader(code, name, title, titleEn, portfolio, repository.leaders().size() + 1));
        audit.record(caller(), "site.leader.add", "leader", code, title + " " + name);
    }

    /** Site administration: a new department, validated (code: lower-case letters and digits). */
    @RolesAllowed(Roles.ADMIN)
    public DepartmentView defineDepartment(String code, String name, String nameEn) {
        new Validation()
                .require(code != null && code.matches("[a-z][a-z0-9-]{1,39}"), "code", "单位代码应为2至40位小写字母或数字",
                        "The code needs 2 to 40 lower-case letters or digits")
                .text(name, "name", "单位名称", "Name", 50, true)
                .text(nameEn, "nameEn", "英文名称", "English name", 150, true)
                .throwIfInvalid();
        if (repository.department(code).isPresent()) {
            throw new Conflict("单位代码已存在", "A department with this code exists");
        }
        addDepartment(code, name.strip(), nameEn.strip(), false);
        return department(code).orElseThrow();
    }

    @RolesAllowed(Roles.ADMIN)
    public DepartmentView renameDepartment(String code, String name, String nameEn) {
        new Validation()
                .text(name, "name", "单位名称", "Name", 50, true)
                .text(nameEn, "nameEn", "英文名称", "English name", 150, true)
                .throwIfInvalid();
        Department d = repository.department(code).orElseThrow(() -> new NotFound("没有该单位", "No such department"));
        d.rename(name.strip(), nameEn.strip());
        audit.record(caller(), "site.department.rename", "department", code, name.strip());
        return view(d);
    }

    @RolesAllowed(Roles.ADMIN)
    public LeaderView defineLeader(String code, String name, String title, String titleEn, String portfolio) {
        new Validation()
                .require(code != null && code.matches("[a-z][a-z0-9-]{1,39}"), "code", "领导代码应为2至40位小写字母或数字",
                        "The code needs 2 to 40 lower-case letters or digits")
                .text(name, "name", "姓名", "Name", 20, true)
                .text(title, "title", "职务", "Title", 50, true)
                .text(titleEn, "titleEn", "英文职务", "English title", 150, true)
                .text(portfolio, "portfolio", "分管工作", "Portfolio", 300, true)
                .throwIfInvalid();
        if (repository.leader(code).isPresent()) {
            throw new Conflict("领导代码已存在", "A leader with this code exists");
        }
        addLeader(code, name.strip(), title.strip(), titleEn.strip(), portfolio.strip());
        return leader(code).orElseThrow();
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
