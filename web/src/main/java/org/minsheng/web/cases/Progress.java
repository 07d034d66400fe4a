package org.minsheng.web.cases;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

/** 核实 (VERIFIED), 整改 (RECTIFIED) or a note (NOTE), with an optional sub-status label. */
@Schema(name = "Progress", description = "A handling step: 核实 (VERIFIED), 整改 (RECTIFIED) or a note (NOTE)",
        requiredProperties = {"kind", "note", "version"},
        properties = {
                @SchemaProperty(name = "kind", enumeration = {"VERIFIED", "RECTIFIED", "NOTE"},
                        description = "The kind of step"),
                @SchemaProperty(name = "note", minLength = 1, maxLength = 2000,
                        description = "What was done, at most 2,000 characters"),
                @SchemaProperty(name = "subStatus", description = "Optionally a progress label's code (see GET"
                        + " /api/staff/sub-statuses)"),
                @SchemaProperty(name = "version", description = "The case version the handler saw; a stale one"
                        + " gets 409")})
public record Progress(String kind, String note, String subStatus, Long version) {
}
