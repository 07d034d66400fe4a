package org.minsheng.guide.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.minsheng.audit.api.AuditTrail;
import org.minsheng.guide.api.GuideDraft;
import org.minsheng.guide.api.GuideView;
import org.minsheng.guide.domain.FormLink;
import org.minsheng.guide.domain.Guide;
import org.minsheng.guide.domain.GuideRepository;
import org.minsheng.guide.domain.GuideText;
import org.minsheng.guide.domain.LifeEvent;
import org.minsheng.identity.api.Roles;
import org.minsheng.shared.error.Conflict;
import org.minsheng.shared.error.Validation;
import org.minsheng.site.api.SiteDirectory;

/** A department's editors draft and revise its service guides and submit them for review. */
@Stateless
@RolesAllowed({Roles.EDITOR, Roles.ADMIN})
public class GuideEditing {

    static final String SUBJECT = "guide";

    @Inject
    GuideRepository guides;

    @Inject
    GuideViews views;

    @Inject
    GuideAccess access;

    @Inject
    SiteDirectory site;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public GuideView create(GuideDraft draft) {
        new Validation().require(draft != null && draft.departmentCode() != null
                        && site.department(draft.departmentCode()).isPresent(), "departmentCode", "请选择部门",
                "Choose a department").throwIfInvalid();
        access.checkEdit(draft.departmentCode());
        Guide guide = new Guide(draft.departmentCode(), text(draft), access.name(), clock.instant());
        guides.add(guide);
        audit.record(access.name(), "guide.created", SUBJECT, String.valueOf(guide.id()), guide.title());
        return views.view(guide);
    }

    public GuideView revise(long id, long expectedVersion, GuideDraft draft) {
        Guide guide = views.existing(id);
        access.checkEdit(guide.departmentCode());
        if (guide.version() != expectedVersion) {
            throw new Conflict("办事指南已被他人修改，请刷新后再改", "Someone changed the guide meanwhile; reload it");
        }
        new Validation().require(draft != null, "title", "请填写办事指南", "The guide is required").throwIfInvalid();
        guide.revise(text(draft), clock.instant());
        audit.record(access.name(), "guide.revised", SUBJECT, String.valueOf(id), "第" + guide.revision() + "版");
        return views.view(guide);
    }

    public GuideView submit(long id) {
        Guide guide = views.existing(id);
        access.checkEdit(guide.departmentCode());
        guide.submit();
        audit.record(access.name(), "guide.submitted", SUBJECT, String.valueOf(id), guide.title());
        return views.view(guide);
    }

    private static GuideText text(GuideDraft d) {
        List<String> events = d.lifeEvents() == null ? List.of() : d.lifeEvents().stream().filter(Objects::nonNull)
                .toList();
        List<org.minsheng.guide.api.GuideView.FormView> forms = d.forms() == null ? List.of()
                : d.forms().stream().filter(Objects::nonNull).toList();
        Set<String> known = Arrays.stream(LifeEvent.values()).map(Enum::name).collect(Collectors.toSet());
        Validation check = new Validation()
                .text(d.title(), "title", "事项名称", "Service", 100, true)
                .text(d.summary(), "summary", "事项说明", "What it is", 2000, true)
                .text(d.eligibility(), "eligibility", "申请条件", "Who may apply", 2000, true)
                .text(d.materials(), "materials", "申请材料", "Materials", 4000, true)
                .text(d.steps(), "steps", "办理流程", "Steps", 4000, true)
                .text(d.timeLimit(), "timeLimit", "办理时限", "Time limit", 200, true)
                .text(d.fees(), "fees", "收费标准", "Fees", 200, true)
                .text(d.placeAndHours(), "placeAndHours", "办理地点和时间", "Where and when", 1000, true)
                .text(d.legalBasis(), "legalBasis", "设定依据", "Legal basis", 2000, true)
                .text(d.faq(), "faq", "常见问题", "FAQ", 4000, false)
                .require(known.containsAll(events), "lifeEvents", "人生事件不正确", "Unknown life event")
                .require(forms.size() <= 10, "forms", "最多10个表格", "At most 10 forms");
        for (int i = 0; i < forms.size(); i++) {
            var f = forms.get(i);
            check.text(f.label(), "forms[" + i + "].label", "表格名称", "Form name", 100, true)
                    .require(f.url() != null && f.url().length() <= 500
                                    && (f.url().matches("https://\\S+") || f.url().matches("/[^/\\\\]\\S*")),
                            "forms[" + i + "].url", "表格地址应为本站路径或 https 地址",
                            "The form's address is a path on this site or an https address");
        }
        check.throwIfInvalid();
        Set<LifeEvent> lifeEvents = EnumSet.noneOf(LifeEvent.class);
        events.forEach(e -> lifeEvents.add(LifeEvent.valueOf(e)));
        return new GuideText(d.title().strip(), d.summary().strip(), d.eligibility().strip(), d.materials().strip(),
                d.steps().strip(), d.timeLimit().strip(), d.fees().strip(), d.placeAndHours().strip(),
                d.legalBasis().strip(), d.faq() == null || d.faq().isBlank() ? null : d.faq().strip(), lifeEvents,
                forms.stream().map(f -> new FormLink(f.label().strip(), f.url())).toList());
    }
}
