package org.minsheng.web.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.net.URI;
import org.junit.jupiter.api.Test;

/** The pure parts of the filter and the recorder: endpoint templates, kept answers, relative locations. */
class IdempotencyPlumbingTest {

    @Path("/api/cases/{trackingNumber}/")
    static class Sample {

        @Path("rating")
        public void rate() {
        }

        public void root() {
        }
    }

    /** As a container's proxy of the resource would be. */
    static class SampleProxy extends Sample {
    }

    private static Path pathOf(String method) throws NoSuchMethodException {
        Method m = Sample.class.getMethod(method);
        return m.getAnnotation(Path.class);
    }

    @Test
    void theEndpointIsTheMethodAndThePathTemplate() throws NoSuchMethodException {
        Path type = Sample.class.getAnnotation(Path.class);
        assertThat(IdempotencyFilter.endpoint("POST", type, pathOf("rate")))
                .isEqualTo("POST /api/cases/{trackingNumber}/rating");
        assertThat(IdempotencyFilter.endpoint("POST", type, pathOf("root")))
                .isEqualTo("POST /api/cases/{trackingNumber}");
        assertThat(IdempotencyFilter.classPath(SampleProxy.class)).isSameAs(type);
        assertThat(IdempotencyFilter.classPath(Object.class)).isNull();
    }

    @Test
    void successesAndTheClientsOwnErrorsAreKeptMomentaryAnswersAndServerErrorsAreNot() {
        for (int kept : new int[] {200, 201, 204, 400, 403, 404, 413, 415, 422}) {
            assertThat(IdempotencyRecorder.keeps(kept)).as("%d is kept", kept).isTrue();
        }
        for (int released : new int[] {408, 409, 425, 429, 500, 502, 503, 504}) {
            assertThat(IdempotencyRecorder.keeps(released)).as("%d releases the key", released).isFalse();
        }
    }

    @Test
    void aLocationUnderTheApplicationIsStoredRelativeToIt() {
        URI base = URI.create("http://node-1:8080/");
        assertThat(IdempotencyRecorder.relative(URI.create("http://node-1:8080/api/cases/MS20261207-00001"), base))
                .isEqualTo("api/cases/MS20261207-00001");
        assertThat(base.resolve(IdempotencyRecorder.relative(
                URI.create("http://node-1:8080/api/cases/MS20261207-00001"), base)))
                .hasToString("http://node-1:8080/api/cases/MS20261207-00001");
        assertThat(IdempotencyRecorder.relative(URI.create("https://elsewhere/x"), base)).isEqualTo("https://elsewhere/x");
        assertThat(IdempotencyRecorder.relative(null, base)).isNull();
    }
}
