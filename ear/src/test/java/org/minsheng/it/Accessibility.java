package org.minsheng.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * The automated accessibility check of the browser tests: axe-core (from its WebJar, loaded into
 * the page by the test, never served by the application) runs the WCAG 2.0/2.1 A and AA rules on
 * the page the browser shows, and any violation fails with its rule, impact and the elements.
 * A new page type is covered by one more call of {@link #check(WebDriver)}.
 */
final class Accessibility {

    static final String AXE = "/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";
    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private Accessibility() {
    }

    /** Fails when the page shown has any WCAG 2.1 AA violation that axe-core finds. */
    static void check(WebDriver driver) {
        List<Map<String, Object>> violations = violations(driver);
        assertThat(violations).as(() -> driver.getCurrentUrl() + " has accessibility violations:\n" + describe(violations))
                .isEmpty();
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> violations(WebDriver driver) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript(axe());
        Object result = js.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})"
                + ".then(r => done(r.violations)).catch(e => done([{id: 'axe-error', impact: 'critical',"
                + " help: String(e), nodes: []}]));", TAGS);
        return (List<Map<String, Object>>) result;
    }

    @SuppressWarnings("unchecked")
    private static String describe(List<Map<String, Object>> violations) {
        return violations.stream().map(v -> "- " + v.get("id") + " (" + v.get("impact") + "): " + v.get("help") + "\n"
                + ((List<Map<String, Object>>) v.get("nodes")).stream().limit(5)
                .map(n -> "    " + n.get("target") + " " + String.valueOf(n.get("failureSummary")).replace('\n', ' '))
                .collect(Collectors.joining("\n")))
                .collect(Collectors.joining("\n"));
    }

    private static String axe() {
        try (InputStream in = Accessibility.class.getResourceAsStream(AXE)) {
            if (in == null) {
                throw new IllegalStateException("axe-core is not on the test class path: " + AXE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
