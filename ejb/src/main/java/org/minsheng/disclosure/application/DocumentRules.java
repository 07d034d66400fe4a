package org.minsheng.disclosure.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.minsheng.disclosure.api.DocumentDraft;
import org.minsheng.disclosure.domain.DisclosureClass;
import org.minsheng.disclosure.domain.DisclosureRepository;
import org.minsheng.disclosure.domain.DocumentContent;
import org.minsheng.disclosure.domain.DocumentStatus;
import org.minsheng.shared.error.Validation;
import org.minsheng.shared.time.CityTime;

/** Checks an editor's draft field by field and turns it into the document's content. */
@ApplicationScoped
public class DocumentRules {

    static final int MAX_KEYWORDS = 10;

    @Inject
    DisclosureRepository repository;

    DocumentRules() {
    }

    DocumentRules(DisclosureRepository repository) {
        this.repository = repository;
    }

    /** The content, or a 422 naming every invalid field. The body itself is checked by the caller. */
    public DocumentContent content(DocumentDraft d, String defaultPublisher) {
        Validation v = new Validation()
                .text(d.title(), "title", "标题", "Title", 200, true)
                .text(d.summary(), "summary", "内容概述", "Summary", 1000, true)
                .text(d.text(), "text", "正文", "Text", 20000, true)
                .text(d.publisher(), "publisher", "发布机构", "Publisher", 100, false)
                .text(d.documentNumber(), "documentNumber", "文号", "Document number", 60, false);
        LocalDate writtenOn = date(d.writtenOn(), "writtenOn", "成文日期", "Date written", v);
        LocalDate madeOn = d.madeOn() == null || d.madeOn().isBlank() ? writtenOn
                : date(d.madeOn(), "madeOn", "形成或变更日期", "Date made or changed", v);
        v.require(writtenOn == null || madeOn == null || !madeOn.isBefore(writtenOn), "madeOn",
                "形成或变更日期不能早于成文日期", "The date made or changed cannot be before the date written");
        v.require(classOf(d.topicCode(), DisclosureClass.TOPIC), "topicCode", "请选择主题分类", "Choose a topic");
        v.require(classOf(d.genreCode(), DisclosureClass.GENRE), "genreCode", "请选择体裁", "Choose a genre");
        List<String> keywords = new ArrayList<>();
        for (String k : d.keywords() == null ? List.<String>of() : d.keywords()) {
            if (k != null && !k.isBlank() && !keywords.contains(k.strip())) {
                keywords.add(k.strip());
            }
        }
        v.require(keywords.size() <= MAX_KEYWORDS, "keywords", "主题词不能超过10个", "At most 10 subject words");
        v.require(keywords.stream().allMatch(k -> k.length() <= 30), "keywords", "每个主题词不能超过30个字",
                "Each subject word is at most 30 characters");
        if (d.interpretsId() != null) {
            v.require(repository.document(d.interpretsId()).filter(p -> p.status() == DocumentStatus.PUBLISHED)
                            .isPresent(), "interpretsId", "所解读的政策文件不存在或未发布",
                    "The policy document explained does not exist or is not published");
            v.require("G-INTERP".equals(d.genreCode()), "genreCode", "解读其他文件的文件体裁应为政策解读",
                    "A document that explains another has the genre policy interpretation");
        }
        java.time.Instant publishAt = null;
        if (d.publishAt() != null && !d.publishAt().isBlank()) {
            try {
                publishAt = LocalDateTime.parse(d.publishAt().strip()).atZone(CityTime.ZONE).toInstant();
            } catch (DateTimeParseException e) {
                v.require(false, "publishAt", "定时发布时间格式应为2026-12-01T09:00",
                        "The publication time is written as 2026-12-01T09:00");
            }
        }
        v.throwIfInvalid();
        String publisher = d.publisher() == null || d.publisher().isBlank() ? defaultPublisher : d.publisher().strip();
        return new DocumentContent(d.title().strip(), d.summary().strip(), d.text().strip(), publisher, writtenOn,
                madeOn, blankToNull(d.documentNumber()), d.topicCode(), d.genreCode(), keywords, d.interpretsId(),
                publishAt);
    }

    private boolean classOf(String code, String kind) {
        return repository.disclosureClass(code).filter(c -> c.kind().equals(kind)).isPresent();
    }

    private static LocalDate date(String text, String field, String zh, String en, Validation v) {
        if (text == null || text.isBlank()) {
            v.require(false, field, zh + "不能为空", en + " is required");
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(text.strip());
            v.require(date.getYear() >= 1949 && date.getYear() <= 2100, field, zh + "不在有效范围内",
                    en + " is out of range");
            return date;
        } catch (DateTimeParseException e) {
            v.require(false, field, zh + "格式应为2026-11-03", en + " is written as 2026-11-03");
            return null;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
