package org.minsheng.site.api;

public record LeaderView(String code, String name, String title, String titleEn, String portfolio) {

    /** The leader's initial, drawn in place of a photo. */
    public String initial() {
        return name.isEmpty() ? "" : name.substring(0, 1);
    }
}
