package vn.ungcuu.severity;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The criteria and classifier stay plain Java: no framework, no persistence, no HTTP, no other feature. */
class SeverityIsPlainJavaTest {

    @Test
    void theSeverityPackageDependsOnNoFramework() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("vn.ungcuu.severity");
        noClasses().that().resideInAPackage("vn.ungcuu.severity..")
                .should().dependOnClassesThat().resideInAnyPackage("io.quarkus..", "jakarta..", "javax.persistence..",
                        "org.hibernate..", "com.fasterxml..", "org.eclipse.microprofile..", "io.smallrye..",
                        "io.vertx..", "org.jboss..")
                .orShould().dependOnClassesThat().resideInAnyPackage("vn.ungcuu.incident..", "vn.ungcuu.triage..",
                        "vn.ungcuu.unit..", "vn.ungcuu.problem..", "vn.ungcuu.http..", "vn.ungcuu.paging..",
                        "vn.ungcuu.persistence..", "vn.ungcuu.json..", "vn.ungcuu.config..", "vn.ungcuu.clock..",
                        "vn.ungcuu.requestid..", "vn.ungcuu.audit..")
                .check(classes);
    }
}
