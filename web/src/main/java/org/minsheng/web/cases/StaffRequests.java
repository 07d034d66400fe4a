package org.minsheng.web.cases;

import java.util.List;
import org.minsheng.shared.error.FieldError;
import org.minsheng.shared.error.ValidationFailed;

/**
 * What the staff API's request bodies share: a missing body reads as an empty one, a step that
 * changes a case needs the version the member of staff saw, and a yes/no must be chosen.
 */
final class StaffRequests {

    private StaffRequests() {
    }

    static Step orEmpty(Step step) {
        return step == null ? new Step(null, null) : step;
    }

    /** The case version a step was taken on (optimistic locking); a missing one is refused. */
    static long version(Long version) {
        if (version == null) {
            throw new ValidationFailed(List.of(new FieldError("version", "缺少版本号", "version is required")));
        }
        return version;
    }

    static boolean required(Boolean value, String field) {
        if (value == null) {
            throw new ValidationFailed(List.of(new FieldError(field, "请选择是或否", field + " is required")));
        }
        return value;
    }
}
