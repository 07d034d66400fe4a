package org.minsheng.disclosure.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.minsheng.disclosure.api.CataloguePage;
import org.minsheng.disclosure.api.DisclosureBodyView;
import org.minsheng.disclosure.api.DisclosureClassView;
import org.minsheng.disclosure.api.DocumentFile;
import org.minsheng.disclosure.api.DocumentView;
import org.minsheng.disclosure.domain.CatalogueFilter;
import org.minsheng.disclosure.domain.DisclosureDocument;
import org.minsheng.disclosure.domain.DisclosureRepository;
import org.minsheng.disclosure.domain.DocumentAttachment;
import org.minsheng.disclosure.domain.DocumentStatus;
import org.minsheng.disclosure.domain.IndexNumber;
import org.minsheng.shared.error.FieldError;
import org.minsheng.shared.error.NotFound;
import org.minsheng.shared.error.Validation;
import org.minsheng.shared.error.ValidationFailed;
import org.minsheng.site.api.SiteDirectory;

/** The public catalogue: browse by body, topic, genre and year, find by title, 文号 and text, read, download. */
@Stateless
@PermitAll
public class DisclosureCatalogue {

    public static final int PAGE_SIZE = 20;

    @Inject
    DisclosureRepository repository;

    @Inject
    DisclosureViews views;

    @Inject
    SiteDirectory site;

    public CataloguePage catalogue(String bodyCode, String topicCode, String genreCode, Integer year, String text,
                                   int page) {
        new Validation()
                .require(blank(bodyCode) || repository.body(bodyCode).isPresent(), "body", "没有这个信息公开主体",
                        "There is no such disclosing body")
                .require(blank(topicCode) || repository.disclosureClass(topicCode).isPresent(), "topic",
                        "没有这个主题分类", "There is no such topic")
                .require(blank(genreCode) || repository.disclosureClass(genreCode).isPresent(), "genre",
                        "没有这个体裁", "There is no such genre")
                .require(year == null || (year >= 1949 && year <= 2100), "year", "年份不在有效范围内",
                        "The year is out of range")
                .text(text, "q", "检索词", "Search words", 100, false)
                .throwIfInvalid();
        CatalogueFilter filter = new CatalogueFilter(bodyCode, topicCode, genreCode, year, text);
        int p = Math.max(1, page);
        return new CataloguePage(repository.published(filter, (p - 1) * PAGE_SIZE, PAGE_SIZE).stream()
                .map(views::summary).toList(), repository.countPublished(filter), p, PAGE_SIZE);
    }

    public DocumentView document(long id) {
        return views.view(published(id), true);
    }

    /** A published document by its 索引号; an ill-formed number is a 422, an unknown one a 404. */
    public DocumentView byIndexNumber(String indexNumber) {
        IndexNumber number = IndexNumber.parse(indexNumber).orElseThrow(() -> new ValidationFailed(List.of(
                new FieldError("indexNumber", "索引号格式应为“组织机构代码/年份-5位序号”",
                        "A catalogue number is written as <organisation code>/<year>-<5 digits>"))));
        return repository.byIndexNumber(number.toString()).filter(d -> d.status() == DocumentStatus.PUBLISHED)
                .map(d -> views.view(d, true)).orElseThrow(DisclosureCatalogue::notFound);
    }

    public DocumentFile attachment(long documentId, long attachmentId) {
        published(documentId);
        DocumentAttachment a = repository.attachment(documentId, attachmentId).orElseThrow(DisclosureCatalogue::notFound);
        return new DocumentFile(a.fileName(), a.file().contentType(), a.file().content());
    }

    public List<DisclosureClassView> classes() {
        return repository.classes().stream().map(DisclosureViews::classView).toList();
    }

    /** The configured bodies that exist on the site, the platform (the city government) first. */
    public List<DisclosureBodyView> bodies() {
        List<DisclosureBodyView> bodies = new java.util.ArrayList<>();
        for (var b : repository.bodies()) {
            site.department(b.departmentCode()).ifPresent(dep -> bodies.add(dep.platform() ? 0 : bodies.size(),
                    new DisclosureBodyView(b.departmentCode(), dep.name(), dep.nameEn(), b.organisationCode(),
                            b.publisherZh(), b.publisherEn(), b.reviewLevels())));
        }
        return bodies;
    }

    private DisclosureDocument published(long id) {
        return repository.document(id).filter(d -> d.status() == DocumentStatus.PUBLISHED)
                .orElseThrow(DisclosureCatalogue::notFound);
    }

    private static NotFound notFound() {
        return new NotFound("没有这个公开文件", "No such published document");
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
