package org.minsheng.it;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

/**
 * Every JAX-RS method of the web module inside the deployed EAR (pages and API alike), read from
 * its classes, so that tests cover pages added later without being told about them.
 */
final class DeployedEndpoints {

    /** One resource method: its verb, path template, roles (none: public), media types taken and query parameters. */
    record Endpoint(String verb, String path, Set<String> roles, List<String> consumes, List<String> queryParameters,
                    String declaredBy) {

        boolean secured() {
            return !roles.isEmpty();
        }

        boolean api() {
            return path.equals("/api") || path.startsWith("/api/");
        }

        @Override
        public String toString() {
            return verb + " " + path;
        }
    }

    private static final Map<String, Class<? extends Annotation>> VERBS = Map.of(
            "GET", GET.class, "POST", POST.class, "PUT", PUT.class, "DELETE", DELETE.class);

    private static List<Endpoint> cached;

    private DeployedEndpoints() {
    }

    static synchronized List<Endpoint> all() {
        if (cached == null) {
            try {
                cached = read();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return cached;
    }

    /** The server-rendered pages: resource methods outside {@code /api} and {@code /static}. */
    static List<Endpoint> pages() {
        return all().stream().filter(e -> !e.api() && !e.path().startsWith("/static")).toList();
    }

    private static List<Endpoint> read() throws IOException {
        java.nio.file.Path classes = Files.createTempDirectory("minsheng-web-classes");
        try (ZipFile ear = new ZipFile(System.getProperty("it.ear"))) {
            ZipEntry war = ear.stream().filter(e -> e.getName().endsWith(".war")).findFirst().orElseThrow();
            try (ZipInputStream in = new ZipInputStream(ear.getInputStream(war))) {
                for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                    String name = entry.getName();
                    if (name.startsWith("WEB-INF/classes/") && name.endsWith(".class")) {
                        java.nio.file.Path target = classes.resolve(name.substring("WEB-INF/classes/".length()));
                        Files.createDirectories(target.getParent());
                        Files.write(target, in.readAllBytes());
                    }
                }
            }
        }
        List<Endpoint> endpoints = new ArrayList<>();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                DeployedEndpoints.class.getClassLoader())) {
            List<java.nio.file.Path> files;
            try (var walk = Files.walk(classes)) {
                files = walk.filter(f -> f.toString().endsWith(".class")).toList();
            }
            for (java.nio.file.Path file : files) {
                if (!new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains("Ljakarta/ws/rs/Path;")) {
                    continue;
                }
                String className = classes.relativize(file).toString().replace('/', '.').replace(".class", "");
                Class<?> type;
                try {
                    type = Class.forName(className, false, loader);
                } catch (ClassNotFoundException e) {
                    throw new IllegalStateException(e);
                }
                Path base = type.getAnnotation(Path.class);
                if (base == null) {
                    continue;
                }
                for (Method method : type.getDeclaredMethods()) {
                    VERBS.forEach((verb, annotation) -> {
                        if (method.isAnnotationPresent(annotation)) {
                            endpoints.add(endpoint(type, base, method, verb));
                        }
                    });
                }
            }
        }
        endpoints.sort(Comparator.comparing(Endpoint::path).thenComparing(Endpoint::verb));
        return List.copyOf(endpoints);
    }

    private static Endpoint endpoint(Class<?> type, Path base, Method method, String verb) {
        Path sub = method.getAnnotation(Path.class);
        RolesAllowed allowed = Optional.ofNullable(method.getAnnotation(RolesAllowed.class))
                .orElse(type.getAnnotation(RolesAllowed.class));
        Consumes consumes = Optional.ofNullable(method.getAnnotation(Consumes.class))
                .orElse(type.getAnnotation(Consumes.class));
        List<String> query = Arrays.stream(method.getParameters())
                .map(p -> p.getAnnotation(QueryParam.class)).filter(q -> q != null).map(QueryParam::value).toList();
        return new Endpoint(verb, normalise(base.value() + "/" + (sub == null ? "" : sub.value())),
                allowed == null ? Set.of() : new TreeSet<>(Arrays.asList(allowed.value())),
                consumes == null ? List.of() : List.of(consumes.value()), query,
                type.getSimpleName() + "." + method.getName());
    }

    private static String normalise(String path) {
        String p = ("/" + path).replaceAll("/+", "/");
        return p.length() > 1 && p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
    }
}
