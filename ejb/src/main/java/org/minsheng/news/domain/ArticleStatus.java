package org.minsheng.news.domain;

import org.minsheng.shared.i18n.Label;
import org.minsheng.shared.i18n.Labelled;

/** Where an article is in the editorial chain; only PUBLISHED is public. */
public enum ArticleStatus implements Labelled {
    DRAFT("草稿", "Draft"),
    IN_REVIEW("审核中", "In review"),
    SCHEDULED("待发布", "Scheduled"),
    PUBLISHED("已发布", "Published"),
    EXPIRED("已过期", "Expired"),
    WITHDRAWN("已撤下", "Withdrawn");

    private final Label label;

    ArticleStatus(String zh, String en) {
        this.label = new Label(zh, en);
    }

    @Override
    public Label label() {
        return label;
    }
}
