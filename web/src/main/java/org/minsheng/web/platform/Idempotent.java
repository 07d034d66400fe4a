package org.minsheng.web.platform;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a POST that honours the {@code Idempotency-Key} header: a retry with the same key and the
 * same request gets the first answer without the work being done again ({@link IdempotencyFilter},
 * {@link IdempotencyRecorder}). Document the header on the operation with
 * {@link OpenApiConventions#IDEMPOTENCY_KEY}.
 */
@NameBinding
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface Idempotent {
}
