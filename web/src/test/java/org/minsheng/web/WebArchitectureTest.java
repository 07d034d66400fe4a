package org.minsheng.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The web module's shape: a package per feature, named like the feature in the core, beside the
 * platform plumbing; features know only the platform and the core; no entities or infrastructure.
 */
class WebArchitectureTest {

    private static final String WEB = "org.minsheng.web.";

    private final JavaClasses web = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.minsheng.web");

    private final JavaClasses core = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.minsheng");

    @Test
    void webUsesNoDomainOrInfrastructureClasses() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("org.minsheng..domain..", "org.minsheng..infrastructure..")
                .check(web);
    }

    /** Only the error mapper knows a persistence type: a concurrent edit surfaces as OptimisticLockException. */
    @Test
    void webHasNoPersistenceCode() {
        noClasses().that().doNotHaveSimpleName("UnexpectedExceptionMapper")
                .should().dependOnClassesThat().resideInAPackage("jakarta.persistence..").check(web);
    }

    /** {@code web.cases} serves the core's {@code cases}; there is no catch-all package such as {@code web.pages}. */
    @Test
    void eachWebPackageIsTheCoresFeatureOfTheSameNameOrThePlatform() {
        Set<String> features = new TreeSet<>();
        core.stream().map(JavaClass::getPackageName)
                .filter(p -> p.startsWith("org.minsheng.") && !p.startsWith(WEB))
                .map(p -> p.substring("org.minsheng.".length()).split("\\.")[0])
                .filter(f -> !f.equals("shared") && !f.equals("demo"))
                .forEach(features::add);
        classes().should(new ArchCondition<JavaClass>("reside in web.platform or in web.<feature of the core>") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                String top = webFeature(item.getPackageName());
                if (top == null || !(top.equals("platform") || features.contains(top))) {
                    events.add(SimpleConditionEvent.violated(item, item.getName() + " is not in a feature package "
                            + features + " nor in web.platform"));
                }
            }
        }).check(web);
    }

    /** Web features talk to each other only through the core; the platform serves them all and knows none. */
    @Test
    void webFeaturesDependOnlyOnThemselvesAndThePlatform() {
        classes().should(new ArchCondition<JavaClass>("use no other web feature's classes") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                String own = webFeature(item.getPackageName());
                item.getDirectDependenciesFromSelf().forEach(d -> {
                    String other = webFeature(d.getTargetClass().getPackageName());
                    if (other != null && !other.equals(own) && !other.equals("platform")) {
                        events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                    }
                });
            }
        }).check(web);
    }

    private static String webFeature(String packageName) {
        if (!packageName.startsWith(WEB)) {
            return null;
        }
        return packageName.substring(WEB.length()).split("\\.")[0];
    }
}
