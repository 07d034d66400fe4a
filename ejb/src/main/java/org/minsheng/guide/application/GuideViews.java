package org.minsheng.guide.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.minsheng.guide.api.GuideView;
import org.minsheng.guide.domain.Guide;
import org.minsheng.guide.domain.GuideRepository;
import org.minsheng.shared.error.NotFound;
import org.minsheng.site.api.DepartmentView;
import org.minsheng.site.api.SiteDirectory;

/** Turns guides into records and finds them. */
@ApplicationScoped
public class GuideViews {

    @Inject
    GuideRepository guides;

    @Inject
    SiteDirectory site;

    /** The guide as stored now: pending changes are written first, so its version is the one to send back. */
    GuideView view(Guide g) {
        guides.flush();
        DepartmentView d = site.department(g.departmentCode()).orElse(null);
        return new GuideView(g.id(), g.departmentCode(), d == null ? g.departmentCode() : d.name(),
                d == null ? g.departmentCode() : d.nameEn(), g.title(), g.summary(), g.eligibility(),
                lines(g.materials()), lines(g.steps()), g.timeLimit(), g.fees(), g.placeAndHours(), g.legalBasis(),
                g.faq(), g.lifeEvents().stream().sorted(Comparator.naturalOrder())
                .map(e -> new GuideView.LifeEventView(e.name(), e.labelZh(), e.labelEn())).toList(),
                g.forms().stream().map(f -> new GuideView.FormView(f.label(), f.url())).toList(),
                g.status().name(), g.status().labelZh(), g.status().labelEn(), g.reviewComment(), g.revision(),
                g.version(), g.createdBy(), g.updatedAt(), g.publishedAt());
    }

    Guide existing(long id) {
        return guides.guide(id).orElseThrow(() -> new NotFound("没有这份办事指南", "No such service guide"));
    }

    static List<String> lines(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("\\R")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }
}
