package org.minsheng.site.api;

public record DepartmentView(String code, String name, String nameEn, boolean platform) {
}
