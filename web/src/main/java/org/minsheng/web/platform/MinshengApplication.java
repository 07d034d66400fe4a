package org.minsheng.web.platform;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * One JAX-RS application for the REST API ({@code /api/…}) and the server-rendered pages; static
 * files under {@code /static/} are served by the container (see web.xml).
 */
@ApplicationPath("/")
public class MinshengApplication extends Application {
}
