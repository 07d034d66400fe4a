package org.minsheng.web.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.openapi.api.SmallRyeOpenAPI;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigValue;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.eclipse.microprofile.config.spi.Converter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.tags.Tag;
import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.DotName;
import org.jboss.jandex.Index;
import org.jboss.jandex.Indexer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.minsheng.shared.error.FieldError;

/**
 * The OpenAPI document as the server's scanner (SmallRye, the version WildFly carries) builds it
 * from these classes, checked without a server: every operation is tagged with a declared feature,
 * has a success response and the problem+json errors it can give, lists exactly the roles its
 * {@code @RolesAllowed} allows, and takes request bodies whose schemas say what is required.
 * {@code OpenApiIT} checks the same on the document the running server serves.
 */
class OpenApiDocumentTest {

    private static final String PROBLEM_REF = "#/components/schemas/Problem";
    private static final Map<String, Class<? extends java.lang.annotation.Annotation>> HTTP_METHODS = Map.of(
            "GET", GET.class, "POST", POST.class, "PUT", PUT.class, "DELETE", DELETE.class);

    private static OpenAPI document;
    private static Index index;

    @BeforeAll
    static void scan() throws IOException {
        Indexer indexer = new Indexer();
        indexClassesOf(indexer, MinshengApplication.class);
        indexClassesOf(indexer, FieldError.class);
        index = indexer.complete();
        SmallRyeOpenAPI openApi = SmallRyeOpenAPI.builder()
                .withConfig(new PropertiesConfig(applicationConfig()))
                .withIndex(index)
                .withApplicationClassLoader(OpenApiDocumentTest.class.getClassLoader())
                .enableModelReader(false)
                .enableStandardStaticFiles(false)
                .build();
        document = openApi.model();
        Files.createDirectories(Paths.get("target"));
        Files.writeString(Paths.get("target", "openapi-scanned.json"), openApi.toJSON());
    }

    @Test
    void everyOperationIsTaggedAnsweredAndDocumentsItsProblems() {
        Set<String> declaredTags = document.getTags().stream().map(Tag::getName).collect(Collectors.toSet());
        assertThat(declaredTags).contains("cases", "intake", "interview", "identity", "site", "calendar",
                "notification", "nlp", "integrity", "digest", "audit", "health");
        assertThat(document.getTags()).allSatisfy(t -> assertThat(t.getDescription()).isNotBlank());
        List<String> offenders = new ArrayList<>();
        operations().forEach((name, op) -> {
            if (op.getTags() == null || op.getTags().stream().noneMatch(declaredTags::contains)) {
                offenders.add(name + ": no declared tag " + op.getTags());
            }
            Map<String, APIResponse> responses = op.getResponses() == null ? Map.of()
                    : op.getResponses().getAPIResponses();
            if (responses.keySet().stream().noneMatch(code -> code.startsWith("2"))) {
                offenders.add(name + ": no 2xx response " + responses.keySet());
            }
            boolean problem = responses.entrySet().stream()
                    .anyMatch(e -> e.getKey().startsWith("4") && isProblem(e.getValue()));
            if (!problem) {
                offenders.add(name + ": no 4xx application/problem+json response " + responses.keySet());
            }
            responses.forEach((code, response) -> {
                if ((code.startsWith("4") || code.startsWith("5")) && !isProblem(response)
                        && !(name.equals("GET /api/health/ready") && code.equals("503"))) {
                    offenders.add(name + ": " + code + " is not a problem+json response");
                }
            });
        });
        assertThat(offenders).as("operations that break the document's rules").isEmpty();
    }

    @Test
    void requestBodiesSayWhatIsRequired() {
        List<String> offenders = new ArrayList<>();
        operations().forEach((name, op) -> {
            if (op.getRequestBody() == null) {
                return;
            }
            if (op.getRequestBody().getContent() == null || op.getRequestBody().getContent().getMediaTypes().isEmpty()) {
                offenders.add(name + ": request body without content");
                return;
            }
            op.getRequestBody().getContent().getMediaTypes().forEach((type, media) -> {
                if (media.getSchema() == null) {
                    offenders.add(name + ": " + type + " body without schema");
                } else if (!Boolean.FALSE.equals(op.getRequestBody().getRequired())
                        && required(media.getSchema()).isEmpty()) {
                    offenders.add(name + ": " + type + " body schema names no required field");
                }
            });
        });
        assertThat(offenders).as("request bodies without required fields").isEmpty();
    }

    @Test
    void submissionsAnswer201WithAReceiptAndTheChannelIsAnEnum() {
        Operation submit = document.getPaths().getPathItem("/api/submissions").getPOST();
        assertThat(submit.getResponses().getAPIResponses()).containsKeys("201", "422").doesNotContainKey("200");
        Schema body = resolve(submit.getRequestBody().getContent().getMediaType("application/json").getSchema());
        assertThat(body.getRequired()).contains("channel", "title", "body");
        assertThat(body.getProperties().get("channel").getEnumeration())
                .containsExactlyInAnyOrder("LEADER_MAILBOX", "SUPERVISION_MAILBOX", "REPORT_MAILBOX", "MESSAGE_BOARD",
                        "CONSULTATION");
        assertThat(body.getProperties().get("title").getMaxLength()).isEqualTo(50);
        assertThat(body.getProperties().get("body").getMaxLength()).isEqualTo(2000);
    }

    /**
     * Every JAX-RS method under {@code /api} is in the document, nothing else is, and its
     * security requirements name exactly the roles of its {@code @RolesAllowed}: the session and
     * Basic schemes as alternatives, none on public operations.
     */
    @Test
    void securityRequirementsListExactlyTheRolesAllowed() throws ClassNotFoundException {
        Map<String, Operation> documented = operations();
        Map<String, Set<String>> inCode = apiOperationsInCode();
        List<String> offenders = new ArrayList<>();
        assertThat(documented.keySet()).as("operations in the document and JAX-RS methods under /api")
                .containsExactlyInAnyOrderElementsOf(inCode.keySet());
        inCode.forEach((name, roles) -> {
            Operation op = documented.get(name);
            Map<String, Set<String>> schemes = new TreeMap<>();
            for (SecurityRequirement requirement : op.getSecurity() == null ? List.<SecurityRequirement>of()
                    : op.getSecurity()) {
                requirement.getSchemes().forEach((scheme, scopes) -> schemes.put(scheme, new TreeSet<>(scopes)));
            }
            Map<String, Set<String>> expected = roles.isEmpty() ? Map.of()
                    : Map.of(OpenApiConventions.SESSION, roles, OpenApiConventions.BASIC, roles);
            if (!schemes.equals(expected)) {
                offenders.add(name + ": security " + schemes + " but @RolesAllowed " + roles);
            }
        });
        assertThat(offenders).as("operations whose security requirements differ from @RolesAllowed").isEmpty();
    }

    /**
     * The operations that honour {@code Idempotency-Key} ({@code @Idempotent}) and only those
     * document the header, with the 409 and 422 it can cause.
     */
    @Test
    void theIdempotentOperationsAndOnlyThoseDocumentTheIdempotencyKey() throws ClassNotFoundException {
        Set<String> idempotent = new TreeSet<>();
        for (AnnotationInstance path : index.getAnnotations(DotName.createSimple(Path.class.getName()))) {
            if (path.target().kind() != org.jboss.jandex.AnnotationTarget.Kind.CLASS) {
                continue;
            }
            Class<?> type = Class.forName(path.target().asClass().name().toString());
            for (Method method : type.getDeclaredMethods()) {
                if (method.isAnnotationPresent(Idempotent.class) && method.isAnnotationPresent(POST.class)) {
                    Path sub = method.getAnnotation(Path.class);
                    idempotent.add("POST " + normalise(type.getAnnotation(Path.class).value() + "/"
                            + (sub == null ? "" : sub.value())));
                }
            }
        }
        assertThat(idempotent).containsExactlyInAnyOrder("POST /api/submissions",
                "POST /api/cases/{trackingNumber}/rating", "POST /api/cases/{trackingNumber}/supplement",
                "POST /api/cases/{trackingNumber}/follow-up", "POST /api/cases/{trackingNumber}/attachments",
                "POST /api/interviews/{id}/questions", "POST /api/disclosure/requests");
        Set<String> documented = new TreeSet<>();
        operations().forEach((name, op) -> {
            boolean header = op.getParameters() != null && op.getParameters().stream().anyMatch(
                    p -> p.getIn() == Parameter.In.HEADER && OpenApiConventions.IDEMPOTENCY_KEY.equals(p.getName()));
            if (header) {
                documented.add(name);
                assertThat(op.getResponses().getAPIResponses()).as(name).containsKeys("409", "422");
            }
        });
        assertThat(documented).isEqualTo(idempotent);
    }

    private static Map<String, Set<String>> apiOperationsInCode() throws ClassNotFoundException {
        Map<String, Set<String>> operations = new TreeMap<>();
        for (AnnotationInstance path : index.getAnnotations(DotName.createSimple(Path.class.getName()))) {
            if (path.target().kind() != org.jboss.jandex.AnnotationTarget.Kind.CLASS) {
                continue;
            }
            Class<?> type = Class.forName(path.target().asClass().name().toString());
            String base = type.getAnnotation(Path.class).value();
            for (Method method : type.getDeclaredMethods()) {
                for (Map.Entry<String, Class<? extends java.lang.annotation.Annotation>> http : HTTP_METHODS.entrySet()) {
                    if (!method.isAnnotationPresent(http.getValue())) {
                        continue;
                    }
                    Path sub = method.getAnnotation(Path.class);
                    String full = normalise(base + "/" + (sub == null ? "" : sub.value()));
                    if (!full.startsWith("/api/")) {
                        continue;
                    }
                    RolesAllowed allowed = Optional.ofNullable(method.getAnnotation(RolesAllowed.class))
                            .orElse(type.getAnnotation(RolesAllowed.class));
                    operations.put(http.getKey() + " " + full,
                            allowed == null ? Set.of() : new TreeSet<>(Arrays.asList(allowed.value())));
                }
            }
        }
        return operations;
    }

    private static String normalise(String path) {
        String p = ("/" + path).replaceAll("/+", "/");
        return p.length() > 1 && p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
    }

    private static Map<String, Operation> operations() {
        Map<String, Operation> all = new TreeMap<>();
        document.getPaths().getPathItems().forEach((path, item) -> item.getOperations()
                .forEach((method, op) -> all.put(method.name() + " " + path, op)));
        return all;
    }

    private static boolean isProblem(APIResponse response) {
        APIResponse r = response;
        if (r.getRef() != null) {
            String name = r.getRef().substring(r.getRef().lastIndexOf('/') + 1);
            r = document.getComponents().getResponses().get(name);
        }
        if (r == null || r.getContent() == null) {
            return false;
        }
        MediaType media = r.getContent().getMediaType(Problem.MEDIA_TYPE);
        return media != null && media.getSchema() != null && PROBLEM_REF.equals(media.getSchema().getRef());
    }

    private static Schema resolve(Schema schema) {
        if (schema.getRef() == null) {
            return schema;
        }
        String name = schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1);
        return document.getComponents().getSchemas().get(name);
    }

    /** The required fields of a schema, its references and the schemas it is all of. */
    private static Set<String> required(Schema schema) {
        Set<String> names = new LinkedHashSet<>();
        Schema s = resolve(schema);
        if (s == null) {
            return names;
        }
        if (s.getRequired() != null) {
            names.addAll(s.getRequired());
        }
        if (s.getAllOf() != null) {
            s.getAllOf().forEach(part -> names.addAll(required(part)));
        }
        return names;
    }

    /** Adds every class in the directory or jar that holds {@code type}. */
    private static void indexClassesOf(Indexer indexer, Class<?> type) throws IOException {
        java.nio.file.Path root;
        try {
            root = Paths.get(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        if (Files.isDirectory(root)) {
            try (Stream<java.nio.file.Path> files = Files.walk(root)) {
                for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                    try (InputStream in = Files.newInputStream(file)) {
                        indexer.index(in);
                    }
                }
            }
        } else {
            try (java.util.jar.JarFile jar = new java.util.jar.JarFile(root.toFile())) {
                for (java.util.jar.JarEntry entry : java.util.Collections.list(jar.entries())) {
                    if (entry.getName().endsWith(".class")) {
                        try (InputStream in = jar.getInputStream(entry)) {
                            indexer.index(in);
                        }
                    }
                }
            }
        }
    }

    private static Properties applicationConfig() {
        Properties properties = new Properties();
        try (InputStream in = OpenApiDocumentTest.class.getClassLoader()
                .getResourceAsStream("META-INF/microprofile-config.properties")) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    /** The application's own configuration file as the scanner's configuration, nothing more. */
    private record PropertiesConfig(Properties properties) implements Config {

        @Override
        public <T> T getValue(String name, Class<T> type) {
            return getOptionalValue(name, type).orElseThrow(() -> new NoSuchElementException(name));
        }

        @Override
        public ConfigValue getConfigValue(String name) {
            throw new UnsupportedOperationException(name);
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> Optional<T> getOptionalValue(String name, Class<T> type) {
            String value = properties.getProperty(name);
            if (value == null || value.isEmpty()) {
                return Optional.empty();
            }
            if (type.isArray()) {
                String[] parts = value.split(",");
                Object array = java.lang.reflect.Array.newInstance(type.getComponentType(), parts.length);
                for (int i = 0; i < parts.length; i++) {
                    java.lang.reflect.Array.set(array, i, convert(parts[i].strip(), type.getComponentType()));
                }
                return Optional.of((T) array);
            }
            return Optional.of(convert(value, type));
        }

        @SuppressWarnings("unchecked")
        private static <T> T convert(String value, Class<T> type) {
            Map<Class<?>, java.util.function.Function<String, Object>> converters = new HashMap<>();
            converters.put(String.class, v -> v);
            converters.put(Boolean.class, Boolean::valueOf);
            converters.put(Integer.class, Integer::valueOf);
            java.util.function.Function<String, Object> converter = converters.get(type);
            if (converter == null) {
                throw new IllegalArgumentException("no converter to " + type + " for " + value);
            }
            return (T) converter.apply(value);
        }

        @Override
        public Iterable<String> getPropertyNames() {
            return properties.stringPropertyNames();
        }

        @Override
        public Iterable<ConfigSource> getConfigSources() {
            return List.of();
        }

        @Override
        public <T> Optional<Converter<T>> getConverter(Class<T> type) {
            return Optional.empty();
        }

        @Override
        public <T> T unwrap(Class<T> type) {
            throw new IllegalArgumentException(type.getName());
        }
    }
}
