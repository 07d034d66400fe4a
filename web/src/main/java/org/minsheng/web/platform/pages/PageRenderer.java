package org.minsheng.web.platform.pages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/** Renders the Thymeleaf templates in {@code templates/}; every {@code th:text} output is escaped. */
@ApplicationScoped
public class PageRenderer {

    private final TemplateEngine engine;

    public PageRenderer() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(PageRenderer.class.getClassLoader());
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        engine = new TemplateEngine();
        engine.setTemplateResolver(resolver);
        engine.setMessageResolver(new BundleMessageResolver());
    }

    public String render(String template, Viewer viewer, Map<String, Object> variables) {
        Context context = new Context(viewer.locale());
        context.setVariables(variables);
        context.setVariable("view", viewer);
        return engine.process(template, context);
    }

    /** A text of the bundles in the viewer's language, for text that pages put into form fields. */
    public String message(Viewer viewer, String key) {
        try {
            return java.util.ResourceBundle.getBundle("i18n.messages", viewer.locale(), PageRenderer.class.getClassLoader())
                    .getString(key);
        } catch (java.util.MissingResourceException e) {
            return "";
        }
    }

    public Response page(int status, String template, Viewer viewer, Map<String, Object> variables) {
        return Response.status(status)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header("Content-Language", viewer.english() ? "en" : "zh-CN")
                .header("Cache-Control", "no-store")
                .entity(render(template, viewer, variables))
                .build();
    }
}
