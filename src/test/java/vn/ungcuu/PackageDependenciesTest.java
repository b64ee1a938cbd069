package vn.ungcuu;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The package rules of README's code map: no cycles between the packages under {@code vn.ungcuu}, and the
 * shared plumbing never depends on a feature. A new package must be placed in one of the two lists.
 */
class PackageDependenciesTest {

    /** Plumbing every feature may use; it knows no feature. */
    static final Set<String> SHARED = Set.of("problem", "http", "paging", "persistence", "json", "config", "clock",
            "requestid", "security", "audit", "idempotency", "migration", "outbox", "local", "apidoc", "mail");

    static final Set<String> FEATURES = Set.of("incident", "triage", "severity", "escalation", "unit", "playbook",
            "comment", "evidence", "exchange", "report", "regime", "authority", "officialreport",
            "preparedness", "focalpoint", "people", "webapp", "document", "notification");

    static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("vn.ungcuu");

    static ArchRule noCycles(String root) {
        return slices().matching(root + ".(*)..").should().beFreeOfCycles();
    }

    @Test
    void packagesFormNoCycle() {
        noCycles("vn.ungcuu").check(MAIN);
    }

    @Test
    void sharedPackagesDependOnNoFeature() {
        noClasses().that().resideInAnyPackage(packages(SHARED))
                .should().dependOnClassesThat().resideInAnyPackage(packages(FEATURES))
                .check(MAIN);
    }

    @Test
    void everyPackageIsSharedOrAFeature() {
        Set<String> found = MAIN.stream().map(JavaClass::getPackageName)
                .filter(name -> name.startsWith("vn.ungcuu."))
                .map(name -> name.substring("vn.ungcuu.".length()).split("\\.")[0])
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> placed = Stream.concat(SHARED.stream(), FEATURES.stream())
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(placed, found, "place each package in SHARED or FEATURES (and in README's code map)");
    }

    @Test
    void theCycleRuleFailsOnACycle() {
        JavaClasses cyclic = new ClassFileImporter().importPackages("vn.ungcuu.packagerules.cyclic");
        assertThrows(AssertionError.class, () -> noCycles("vn.ungcuu.packagerules.cyclic").check(cyclic));
    }

    private static String[] packages(Set<String> names) {
        return names.stream().map(name -> "vn.ungcuu." + name + "..").toArray(String[]::new);
    }
}
