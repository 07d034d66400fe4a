package org.minsheng.web.cases;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

/** 并单: the master case, by tracking number, whose answer the case gets. */
@Schema(name = "CaseMerge", description = "并单: the case follows a master case and gets its answer",
        requiredProperties = {"masterTrackingNumber", "version"},
        properties = {
                @SchemaProperty(name = "masterTrackingNumber", pattern = "^MS\\d{8}-\\d{5,}$",
                        description = "The master case's tracking number", example = "MS20261104-00017"),
                @SchemaProperty(name = "version", description = "The case version the dispatcher saw; a stale one"
                        + " gets 409")})
public record CaseMerge(String masterTrackingNumber, Long version) {
}
