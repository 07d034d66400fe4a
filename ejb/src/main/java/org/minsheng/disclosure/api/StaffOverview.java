package org.minsheng.disclosure.api;

import java.util.List;

/**
 * What a body's editors, approvers and head see: documents not yet published (late ones, past the
 * 20 working days, first) and the latest published ones.
 */
public record StaffOverview(List<DocumentRow> late, List<DocumentRow> unpublished, List<DocumentRow> published) {
}
