package org.minsheng.cases.api;

import java.util.List;

/** The cases of a staff search for a file, and whether more matched than an export holds. */
public record CaseSearchExport(List<CaseSearchRow> rows, boolean truncated) {
}
