package org.minsheng.cases.domain;

/** An admin-defined label refining a lifecycle status (e.g. 现场核实中 within 办理中). */
public record SubStatusLabel(String code, CaseStatus status, String labelZh, String labelEn) {
}
