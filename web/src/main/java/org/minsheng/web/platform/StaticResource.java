package org.minsheng.web.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The portal's static files (style sheet, small scripts), read from {@code static/} on the class
 * path. Only names listed here are served, so no path can reach anything else.
 */
@Path("/static")
@ApplicationScoped
public class StaticResource {

    private static final Map<String, String> FILES = Map.of(
            "minsheng.css", "text/css; charset=UTF-8",
            "interview.js", "text/javascript; charset=UTF-8",
            "hotline.js", "text/javascript; charset=UTF-8",
            "poll-charts.js", "text/javascript; charset=UTF-8",
            "digest.js", "text/javascript; charset=UTF-8",
            "echarts.min.js", "text/javascript; charset=UTF-8");

    /** Files served from a WebJar on the class path instead of {@code static/}. */
    private static final Map<String, String> WEBJARS = Map.of(
            "echarts.min.js", "META-INF/resources/webjars/echarts/5.3.1/dist/echarts.min.js");

    @GET
    @Path("{name}")
    public Response file(@PathParam("name") String name) {
        String type = FILES.get(name);
        if (type == null) {
            throw new NotFoundException();
        }
        String resource = WEBJARS.getOrDefault(name, "static/" + name);
        try (InputStream in = StaticResource.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new NotFoundException();
            }
            CacheControl cache = new CacheControl();
            cache.setMaxAge(3600);
            return Response.ok(in.readAllBytes(), type).cacheControl(cache).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
