package org.minsheng.interview.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.minsheng.audit.api.AuditTrail;
import org.minsheng.identity.api.Roles;
import org.minsheng.identity.api.StaffDirectory;
import org.minsheng.interview.api.GuestView;
import org.minsheng.interview.api.ImageUpload;
import org.minsheng.interview.domain.Guest;
import org.minsheng.interview.domain.Interview;
import org.minsheng.interview.domain.InterviewRepository;
import org.minsheng.shared.error.Validation;
import org.minsheng.shared.security.Caller;
import org.minsheng.site.api.SiteDirectory;

/** Announcing an interview (预告): topic, department, time and guests. */
@Stateless
public class InterviewAnnouncements {

    /** A new interview as announced. */
    public record NewInterview(String title, String introduction, String departmentCode, Instant scheduledAt,
                               List<GuestView> guests, List<String> guestUsernames) {
    }

    @Inject
    InterviewRepository interviews;

    @Inject
    ImageStore images;

    @Inject
    AuditTrail audit;

    @Inject
    StaffDirectory staff;

    @Inject
    SiteDirectory site;

    @Inject
    Caller caller;

    @RolesAllowed(Roles.ADMIN)
    public String announce(NewInterview spec) {
        return announce(spec, List.of());
    }

    /**
     * Announces an interview whose guests may have photos, uploaded here ({@code photos[i]} for
     * guest i, or null): everything is checked first, so nothing is stored when any part is refused.
     */
    @RolesAllowed(Roles.ADMIN)
    public String announce(NewInterview spec, List<ImageUpload> photos) {
        Validation check = new Validation()
                .text(spec.title(), "title", "访谈主题", "Topic", 100, true)
                .text(spec.introduction(), "introduction", "访谈简介", "Introduction", 2000, true)
                .require(spec.departmentCode() != null && site.department(spec.departmentCode()).isPresent(),
                        "departmentCode", "请选择部门", "Choose a department")
                .require(spec.scheduledAt() != null, "scheduledAt", "请填写访谈时间", "Time is required")
                .require(spec.guests() != null && !spec.guests().isEmpty(), "guests", "至少一位嘉宾",
                        "At least one guest");
        List<GuestView> specGuests = spec.guests() == null ? List.of() : spec.guests();
        for (int i = 0; i < specGuests.size(); i++) {
            GuestView g = specGuests.get(i);
            String n = "guest-" + (i + 1) + "-";
            String which = "嘉宾" + (i + 1);
            String whichEn = "Guest " + (i + 1);
            String username = username(spec, i);
            check.text(g.name(), n + "name", which + "姓名", whichEn + " name", 40, true)
                    .text(g.title(), n + "title", which + "职务", whichEn + " title", 200, true)
                    .text(g.titleEn(), n + "titleEn", which + "英文职务", whichEn + " title in English", 200, false)
                    .require(username == null || staff.find(username).filter(p -> p.hasRole(Roles.GUEST)).isPresent(),
                            n + "username", which + "的账号不存在或不是嘉宾账号",
                            whichEn + ": no such account with the guest role");
        }
        check.throwIfInvalid();
        List<Guest> guests = new ArrayList<>();
        for (int i = 0; i < specGuests.size(); i++) {
            GuestView g = specGuests.get(i);
            ImageUpload photo = i < photos.size() ? photos.get(i) : null;
            String photoUrl = photo == null ? g.photoUrl()
                    : images.store(null, photo.fileName(), photo.declaredType(), photo.content()).url();
            guests.add(new Guest(g.name().strip(), g.title().strip(),
                    g.titleEn() == null || g.titleEn().isBlank() ? g.title().strip() : g.titleEn().strip(),
                    photoUrl, username(spec, i)));
        }
        Interview interview = new Interview(UUID.randomUUID().toString(), spec.title(), spec.introduction(),
                spec.departmentCode(), spec.scheduledAt(), guests);
        interviews.add(interview);
        audit.record(caller.name(), "interview.announce", "interview", interview.id(), spec.title());
        return interview.id();
    }

    private static String username(NewInterview spec, int guest) {
        return spec.guestUsernames() != null && guest < spec.guestUsernames().size()
                ? InterviewRecords.blankToNull(spec.guestUsernames().get(guest)) : null;
    }
}
