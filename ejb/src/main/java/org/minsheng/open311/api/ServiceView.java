package org.minsheng.open311.api;

/** An Open311 service: its code, the case category it files under, and its names. */
public record ServiceView(String code, String category, String name, String nameEn) {
}
