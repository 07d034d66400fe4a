package org.minsheng.web.platform;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.minsheng.shared.error.FieldError;

/** Builds problem+json responses; the one place that decides their shape. */
public final class Problems {

    private Problems() {
    }

    public static Response of(int status, String slug, String titleZh, String titleEn, String instance,
                              List<FieldError> errors) {
        Problem problem = new Problem(Problem.typeUri(slug), titleZh, titleEn, status, titleZh, titleEn, instance,
                errors == null || errors.isEmpty() ? null : errors);
        return Response.status(status)
                .type(MediaType.valueOf(Problem.MEDIA_TYPE + ";charset=UTF-8"))
                .entity(problem)
                .build();
    }

    public static Response unauthorized(String instance) {
        return of(401, "unauthorized", "请先登录", "Sign in first", instance, null);
    }

    public static Response forbidden(String instance) {
        return of(403, "forbidden", "您的账号无权执行此操作", "Your account may not do this", instance, null);
    }
}
