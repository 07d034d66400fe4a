package org.minsheng.guide.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import org.minsheng.guide.api.GuideView;
import org.minsheng.guide.domain.Guide;
import org.minsheng.guide.domain.GuideRepository;
import org.minsheng.guide.domain.GuideStatus;
import org.minsheng.guide.domain.LifeEvent;
import org.minsheng.identity.api.Roles;
import org.minsheng.shared.error.NotFound;
import org.minsheng.shared.error.Validation;

/** Published guides by department and life event for everyone; the desk of a department's guides for its staff. */
@Stateless
public class GuideQueries {

    @Inject
    GuideRepository guides;

    @Inject
    GuideViews views;

    @Inject
    GuideAccess access;

    /** The life events with their labels, in order: code, Chinese, English. */
    @PermitAll
    public List<GuideView.LifeEventView> lifeEvents() {
        return Arrays.stream(LifeEvent.values())
                .map(e -> new GuideView.LifeEventView(e.name(), e.labelZh(), e.labelEn())).toList();
    }

    /** Published guides, of one department and with one life event when given. */
    @PermitAll
    public List<GuideView> published(String departmentCode, String lifeEvent) {
        LifeEvent event = lifeEvent(lifeEvent);
        return guides.guides(List.of(GuideStatus.PUBLISHED), blankToNull(departmentCode), event).stream()
                .map(views::view).toList();
    }

    /** A published guide; anything else is "not found". */
    @PermitAll
    public GuideView guide(long id) {
        return guides.guide(id).filter(Guide::isPublic).map(views::view)
                .orElseThrow(() -> new NotFound("没有这份办事指南", "No such service guide"));
    }

    /** A published guide, or empty (for the consultation form opened from a guide). */
    @PermitAll
    public java.util.Optional<GuideView> published(long id) {
        return guides.guide(id).filter(Guide::isPublic).map(views::view);
    }

    /** Every guide of the departments the caller works for (all for the administrator). */
    @RolesAllowed({Roles.EDITOR, Roles.APPROVER, Roles.ADMIN})
    public List<GuideView> desk() {
        return guides.guides(List.of(GuideStatus.values()), null, null).stream()
                .filter(g -> access.maySee(g.departmentCode())).map(views::view).toList();
    }

    @RolesAllowed({Roles.EDITOR, Roles.APPROVER, Roles.ADMIN})
    public GuideView staffGuide(long id) {
        Guide g = views.existing(id);
        if (!access.maySee(g.departmentCode())) {
            throw new NotFound("没有这份办事指南", "No such service guide");
        }
        return views.view(g);
    }

    private static LifeEvent lifeEvent(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        boolean known = Arrays.stream(LifeEvent.values()).anyMatch(e -> e.name().equals(code));
        new Validation().require(known, "event", "没有这个人生事件", "No such life event").throwIfInvalid();
        return LifeEvent.valueOf(code);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
