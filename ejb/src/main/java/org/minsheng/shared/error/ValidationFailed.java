package org.minsheng.shared.error;

import java.util.List;

/** Input that breaks a rule (HTTP 422 or 400); lists every offending field at once. */
public class ValidationFailed extends BusinessException {

    private final List<FieldError> errors;

    public ValidationFailed(List<FieldError> errors) {
        super("提交的内容有误，请检查标出的项目", "The submission has invalid fields");
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }

    @Override
    public String type() {
        return "validation";
    }
}
