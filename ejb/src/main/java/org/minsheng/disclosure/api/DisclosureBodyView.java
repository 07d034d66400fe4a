package org.minsheng.disclosure.api;

/** A disclosing body and its settings. */
public record DisclosureBodyView(String departmentCode, String nameZh, String nameEn, String organisationCode,
                                 String publisherZh, String publisherEn, int reviewLevels) {
}
