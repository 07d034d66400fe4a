package org.minsheng.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The web layer talks to application services and api records only: no entities, no infrastructure. */
class WebArchitectureTest {

    private final JavaClasses web = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.minsheng.web");

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
}
