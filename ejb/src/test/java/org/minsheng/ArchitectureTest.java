package org.minsheng;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The rules of DESIGN.md that keep the core clean, checked on the compiled classes. */
class ArchitectureTest {

    private static JavaClasses core;

    @BeforeAll
    static void importCore() {
        core = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.minsheng");
    }

    @Test
    void domainDependsOnlyOnTheJdkPersistenceValidationAndShared() {
        classes().that().resideInAPackage("org.minsheng..domain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(
                        "java..", "javax.crypto..", "jakarta.persistence..", "jakarta.validation..", "org.minsheng.shared..",
                        "org.minsheng..domain..")
                .check(core);
    }

    @Test
    void dependenciesPointInward() {
        noClasses().that().resideInAnyPackage("org.minsheng..domain..", "org.minsheng..application..")
                .should().dependOnClassesThat().resideInAPackage("org.minsheng..infrastructure..")
                .check(core);
        noClasses().that().resideInAPackage("org.minsheng..domain..")
                .should().dependOnClassesThat().resideInAPackage("org.minsheng..application..")
                .check(core);
    }

    @Test
    void featuresUseEachOtherOnlyThroughTheirApi() {
        classes().that().resideInAPackage("org.minsheng..")
                .and().resideOutsideOfPackages("org.minsheng.shared..", "org.minsheng.demo..")
                .should(onlyUseOtherFeaturesThroughTheirApi())
                .check(core);
    }

    /** {@code shared} is what every feature builds on, so it may know none of them. */
    @Test
    void sharedKnowsNoFeature() {
        classes().that().resideInAPackage("org.minsheng.shared..")
                .should(new ArchCondition<>("depend on no feature") {
                    @Override
                    public void check(JavaClass item, ConditionEvents events) {
                        item.getDirectDependenciesFromSelf().forEach(dependency -> {
                            String target = feature(dependency.getTargetClass().getPackageName());
                            if (target != null && !target.equals("shared")) {
                                events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                            }
                        });
                    }
                })
                .check(core);
    }

    /** A feature's classes sit in its layers: domain, application, infrastructure or api (demo data aside). */
    @Test
    void everyFeatureClassSitsInALayer() {
        classes().that().resideInAPackage("org.minsheng..")
                .and().resideOutsideOfPackages("org.minsheng.shared..", "org.minsheng.demo..")
                .and().doNotHaveSimpleName("package-info")
                .should().resideInAnyPackage("org.minsheng.*.domain..", "org.minsheng.*.application..",
                        "org.minsheng.*.infrastructure..", "org.minsheng.*.api..")
                .check(core);
    }

    private static ArchCondition<JavaClass> onlyUseOtherFeaturesThroughTheirApi() {
        return new ArchCondition<>("use other features only through their api package") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                String own = feature(item.getPackageName());
                item.getDirectDependenciesFromSelf().forEach(dependency -> {
                    String target = dependency.getTargetClass().getPackageName();
                    String other = feature(target);
                    if (other != null && own != null && !other.equals(own) && !other.equals("shared")
                            && !target.startsWith("org.minsheng." + other + ".api")) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                });
            }
        };
    }

    private static String feature(String packageName) {
        if (!packageName.startsWith("org.minsheng.")) {
            return null;
        }
        String rest = packageName.substring("org.minsheng.".length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
