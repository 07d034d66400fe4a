package org.minsheng.news.domain;

import org.minsheng.shared.error.Conflict;

/** The step does not fit the article's status (HTTP 409). */
public class IllegalArticleTransition extends Conflict {

    public IllegalArticleTransition(ArticleStatus status, String stepZh, String stepEn) {
        super("文章当前状态为“" + status.labelZh() + "”，不能" + stepZh,
                "The article is " + status.labelEn().toLowerCase(java.util.Locale.ROOT) + "; it cannot be " + stepEn);
    }
}
