package org.minsheng.web.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Nothing in the templates or static files needs what the Content-Security-Policy refuses: no
 * inline script, event-handler attribute, {@code javascript:} URL, style attribute or style
 * element, and scripts come from {@code /static/}. Failures name the file and the offending text.
 */
class TemplatesWithinThePolicyTest {

    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final List<Pattern> REFUSED = List.of(
            Pattern.compile("<script(?![^>]*\\bsrc=\"/static/[\\w.-]+\\.js\")[^>]*>", Pattern.CASE_INSENSITIVE),
            Pattern.compile("<script[^>]*>[^<\\s]", Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\s(th:)?on[a-z]+\\s*=", Pattern.CASE_INSENSITIVE),
            Pattern.compile("javascript:", Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\s(th:)?style\\s*=", Pattern.CASE_INSENSITIVE),
            Pattern.compile("th:attr(append|prepend)?=\"[^\"]*\\b(style|on[a-z]+)\\s*=", Pattern.CASE_INSENSITIVE),
            Pattern.compile("<style", Pattern.CASE_INSENSITIVE));

    @Test
    void templatesHaveNoInlineScriptOrStyle() throws IOException {
        List<String> offenders = new ArrayList<>();
        List<Path> templates;
        try (Stream<Path> walk = Files.walk(RESOURCES.resolve("templates"))) {
            templates = walk.filter(p -> p.toString().endsWith(".html")).toList();
        }
        assertThat(templates).hasSizeGreaterThan(20);
        for (Path template : templates) {
            String html = Files.readString(template, StandardCharsets.UTF_8);
            for (Pattern refused : REFUSED) {
                Matcher m = refused.matcher(html);
                while (m.find()) {
                    offenders.add(RESOURCES.relativize(template) + ": " + m.group());
                }
            }
        }
        assertThat(offenders).as("what the Content-Security-Policy would block").isEmpty();
    }

    @Test
    void scriptsNeitherEvaluateStringsNorWriteStyles() throws IOException {
        List<Path> scripts;
        try (Stream<Path> walk = Files.walk(RESOURCES.resolve("static"))) {
            scripts = walk.filter(p -> p.toString().endsWith(".js")).toList();
        }
        assertThat(scripts).isNotEmpty();
        Pattern refused = Pattern.compile("\\beval\\(|new Function\\(|setTimeout\\(\\s*['\"]|\\.style\\b|"
                + "setAttribute\\(\\s*['\"](style|on)|\\.innerHTML|document\\.write");
        for (Path script : scripts) {
            assertThat(refused.matcher(Files.readString(script, StandardCharsets.UTF_8)).find())
                    .as(script + " uses what the policy blocks or what bypasses escaping").isFalse();
        }
    }
}
