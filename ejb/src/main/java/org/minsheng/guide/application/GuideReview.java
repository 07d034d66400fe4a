package org.minsheng.guide.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import org.minsheng.audit.api.AuditTrail;
import org.minsheng.guide.api.GuideView;
import org.minsheng.guide.domain.Guide;
import org.minsheng.identity.api.Roles;
import org.minsheng.search.api.SearchableContentPublished;
import org.minsheng.search.api.SearchableContentWithdrawn;
import org.minsheng.search.api.SearchableDocument;
import org.minsheng.shared.error.Validation;

/** The department's approver publishes a guide or sends it back with a comment; published guides can be withdrawn. */
@Stateless
public class GuideReview {

    @Inject
    GuideViews views;

    @Inject
    GuideAccess access;

    @Inject
    AuditTrail audit;

    @Inject
    Event<SearchableContentPublished> published;

    @Inject
    Event<SearchableContentWithdrawn> withdrawn;

    @Inject
    GuideSearchSource search;

    @Inject
    Clock clock;

    @RolesAllowed({Roles.APPROVER, Roles.ADMIN})
    public GuideView approve(long id, String comment) {
        new Validation().text(comment, "comment", "审核意见", "Comment", 1000, false).throwIfInvalid();
        Guide guide = views.existing(id);
        access.checkApprove(guide.departmentCode());
        guide.publish(comment, clock.instant());
        audit.record(access.name(), "guide.published", GuideEditing.SUBJECT, String.valueOf(id), guide.title());
        published.fire(new SearchableContentPublished(search.document(guide)));
        return views.view(guide);
    }

    @RolesAllowed({Roles.APPROVER, Roles.ADMIN})
    public GuideView reject(long id, String comment) {
        new Validation().text(comment, "comment", "退回意见", "Reason for sending back", 1000, true).throwIfInvalid();
        Guide guide = views.existing(id);
        access.checkApprove(guide.departmentCode());
        guide.reject(comment.strip());
        audit.record(access.name(), "guide.rejected", GuideEditing.SUBJECT, String.valueOf(id), comment.strip());
        return views.view(guide);
    }

    @RolesAllowed({Roles.APPROVER, Roles.ADMIN})
    public GuideView withdraw(long id, String reason) {
        new Validation().text(reason, "comment", "撤下原因", "Reason", 1000, true).throwIfInvalid();
        Guide guide = views.existing(id);
        access.checkApprove(guide.departmentCode());
        guide.withdraw(reason.strip());
        audit.record(access.name(), "guide.withdrawn", GuideEditing.SUBJECT, String.valueOf(id), reason.strip());
        withdrawn.fire(new SearchableContentWithdrawn(SearchableDocument.GUIDE, String.valueOf(id)));
        return views.view(guide);
    }
}
