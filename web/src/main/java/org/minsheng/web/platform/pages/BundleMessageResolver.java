package org.minsheng.web.platform.pages;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.messageresolver.IMessageResolver;

/** {@code #{key}} in templates, from {@code i18n/messages_zh|en.properties} (UTF-8). */
final class BundleMessageResolver implements IMessageResolver {

    @Override
    public String getName() {
        return "bundle";
    }

    @Override
    public Integer getOrder() {
        return 0;
    }

    @Override
    public String resolveMessage(ITemplateContext context, Class<?> origin, String key, Object[] parameters) {
        Locale locale = context.getLocale();
        try {
            String pattern = ResourceBundle.getBundle("i18n.messages", locale, BundleMessageResolver.class.getClassLoader())
                    .getString(key);
            return parameters == null || parameters.length == 0 ? pattern : new MessageFormat(pattern, locale).format(parameters);
        } catch (MissingResourceException e) {
            return null;
        }
    }

    @Override
    public String createAbsentMessageRepresentation(ITemplateContext context, Class<?> origin, String key,
                                                    Object[] parameters) {
        return "??" + key + "??";
    }
}
