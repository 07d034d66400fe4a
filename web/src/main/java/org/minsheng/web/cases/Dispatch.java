package org.minsheng.web.cases;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

/** 分办/改派: lead department, optionally the right category, co-handlers (协办) and copies (抄告). */
@Schema(name = "Dispatch", description = "分办/改派: the lead department with optional co-handlers and copies",
        requiredProperties = {"departmentCode", "version"},
        properties = {
                @SchemaProperty(name = "departmentCode", description = "The lead department (see GET"
                        + " /api/departments)", example = "cgj"),
                @SchemaProperty(name = "category", description = "The right category, when the classifier's is"
                        + " wrong; it becomes a training example"),
                @SchemaProperty(name = "coHandlers", description = "Co-handling departments (协办), not the lead"
                        + " one"),
                @SchemaProperty(name = "copies", description = "Departments that get a copy (抄告)"),
                @SchemaProperty(name = "version", description = "The case version the dispatcher saw; a stale one"
                        + " gets 409")})
public record Dispatch(String departmentCode, String category, List<String> coHandlers, List<String> copies,
                       Long version) {
}
