package org.minsheng.disclosure.api;

/** A topic (主题分类, kind TOPIC) or genre (体裁, kind GENRE) of the classification. */
public record DisclosureClassView(String code, String kind, String nameZh, String nameEn) {
}
