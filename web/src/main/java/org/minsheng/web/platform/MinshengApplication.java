package org.minsheng.web.platform;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * One JAX-RS application for the REST API ({@code /api/…}), the server-rendered pages and the few
 * static files under {@code /static/}.
 */
@ApplicationPath("/")
public class MinshengApplication extends Application {
}
