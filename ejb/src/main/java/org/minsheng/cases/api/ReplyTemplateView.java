package org.minsheng.cases.api;

/**
 * A reply template: {@code departmentCode} null for one shared by every department. {@code version}
 * goes back with an edit (optimistic locking).
 */
public record ReplyTemplateView(long id, String departmentCode, String name, String nameEn, String body,
        String bodyEn, int position, long version) {
}
