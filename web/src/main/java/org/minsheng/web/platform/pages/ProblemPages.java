package org.minsheng.web.platform.pages;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import org.minsheng.web.platform.Problem;

/**
 * Browsers asking for a page get errors as a page: a problem document (403, 404, 409, 500 …) is
 * rendered with the site's layout, same status, when the request accepts HTML. API clients keep
 * receiving problem+json.
 */
@Provider
public class ProblemPages implements ContainerResponseFilter {

    @Inject
    PageRenderer pages;

    @Inject
    ViewerFactory viewers;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(response.getEntity() instanceof Problem problem) || !wantsPage(request)) {
            return;
        }
        Viewer viewer = viewers.current();
        response.setEntity(pages.render("platform/problem", viewer, Map.of("problem", problem)), null,
                MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
        response.getHeaders().putSingle(HttpHeaders.CONTENT_LANGUAGE, viewer.english() ? "en" : "zh-CN");
    }

    private static boolean wantsPage(ContainerRequestContext request) {
        String accept = request.getHeaderString(HttpHeaders.ACCEPT);
        return accept != null && accept.contains(MediaType.TEXT_HTML);
    }
}
