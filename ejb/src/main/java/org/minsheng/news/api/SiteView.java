package org.minsheng.news.api;

/** A site: the portal ({@code portal}) or a department's sub-site, with the path of its home page. */
public record SiteView(String code, String departmentCode, String nameZh, String nameEn, boolean portal) {

    public String path() {
        return portal ? "/news" : "/sites/" + code;
    }
}
