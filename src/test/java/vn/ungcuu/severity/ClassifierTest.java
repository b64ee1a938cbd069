package vn.ungcuu.severity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The shipped criteria (version 1) on the boundaries of Decision 05/2017 Art. 9 and the local scale. */
class ClassifierTest {

    private static final Criteria V1 = load();

    /** A baseline that fires nothing above LOW: the owner copes, no impact, nothing touched. */
    private static Builder incident() {
        return new Builder();
    }

    @ParameterizedTest
    @EnumSource(Impact.class)
    void eachImpactAloneOnALevel4SystemTheOwnerCannotHandleIsSerious(Impact impact) {
        Classification result = incident().impacts(impact).ownerCannotHandle().system(4).classify();
        assertEquals(LegalClass.SERIOUS, result.legalClass());
        assertEquals(Severity.CRITICAL, result.severity());
        assertTrue(result.escalationRequired());
        assertTrue(fired(result, "serious-art9"));
        assertTrue(because(result, "serious-art9").contains(impact.name()), because(result, "serious-art9"));
    }

    @Test
    void level3IsNotSeriousButLevel4Is() {
        Builder base = incident().impacts(Impact.SERVICE_INTERRUPTION).ownerCannotHandle();
        assertEquals(LegalClass.NORMAL, base.system(3).classify().legalClass());
        assertEquals(Severity.HIGH, base.system(3).classify().severity());
        assertEquals(LegalClass.SERIOUS, incident().impacts(Impact.SERVICE_INTERRUPTION).ownerCannotHandle()
                .system(4).classify().legalClass());
        assertEquals(LegalClass.SERIOUS, incident().impacts(Impact.SERVICE_INTERRUPTION).ownerCannotHandle()
                .system(5).classify().legalClass());
    }

    @Test
    void aNationallyCriticalSystemCountsLikeLevel4() {
        Classification result = incident().impacts(Impact.LOSS_OF_CONTROL).ownerCannotHandle().criticalSystem(2)
                .classify();
        assertEquals(LegalClass.SERIOUS, result.legalClass());
        assertTrue(because(result, "serious-art9").contains("national critical list"));
    }

    @Test
    void anOwnerWhoCopesKeepsALevel4IncidentNormal() {
        Classification result = incident().impacts(Impact.CASCADING_EFFECT).system(4).classify();
        assertEquals(LegalClass.NORMAL, result.legalClass());
        assertEquals(Severity.HIGH, result.severity(), "an impact on a level-3+ system is HIGH");
        assertFalse(result.escalationRequired());
        assertTrue(fired(result, "high-impact-on-level3"));
    }

    @Test
    void withoutAnyImpactALevel5IncidentIsNotSerious() {
        Classification result = incident().ownerCannotHandle().system(5).classify();
        assertEquals(LegalClass.NORMAL, result.legalClass());
        assertEquals(Severity.HIGH, result.severity());
        assertTrue(result.escalationRequired(), "an owner who cannot handle it always escalates");
    }

    @Test
    void theLocalScaleOnItsCriteria() {
        assertEquals(Severity.LOW, incident().classify().severity());
        assertTrue(fired(incident().classify(), "low-otherwise"));
        assertEquals(Severity.CRITICAL, incident().information(InformationImpact.STATE_SECRET).classify().severity());
        assertEquals(Severity.CRITICAL, incident().recoverability(Recoverability.NOT_RECOVERABLE).classify().severity());
        assertEquals(Severity.HIGH, incident().functional(FunctionalImpact.HIGH).classify().severity());
        assertEquals(Severity.HIGH, incident().information(InformationImpact.PRIVACY).classify().severity());
        assertEquals(Severity.HIGH, incident().information(InformationImpact.INTEGRITY).classify().severity());
        assertEquals(Severity.HIGH, incident().units(2).classify().severity());
        assertEquals(Severity.LOW, incident().units(1).classify().severity());
        assertEquals(Severity.MEDIUM, incident().functional(FunctionalImpact.LOW).classify().severity());
        assertEquals(Severity.MEDIUM, incident().functional(FunctionalImpact.MEDIUM).classify().severity());
        assertEquals(Severity.MEDIUM, incident().information(InformationImpact.PROPRIETARY).classify().severity());
        assertEquals(Severity.MEDIUM, incident().recoverability(Recoverability.SUPPLEMENTED).classify().severity());
        assertEquals(Severity.MEDIUM, incident().recoverability(Recoverability.EXTENDED).classify().severity());
        assertEquals(Severity.LOW, incident().impacts(Impact.SERVICE_INTERRUPTION).system(2).classify().severity(),
                "an impact on a level-2 system alone stays LOW");
    }

    @Test
    void theHighestLevelWinsAndEveryFiredRuleIsListedWithItsReason() {
        Classification result = incident().functional(FunctionalImpact.MEDIUM)
                .recoverability(Recoverability.NOT_RECOVERABLE).classify();
        assertEquals(Severity.CRITICAL, result.severity());
        assertTrue(fired(result, "medium-functional-impact"));
        assertTrue(fired(result, "critical-not-recoverable"));
        assertFalse(fired(result, "low-otherwise"));
        assertEquals("recoverability NOT_RECOVERABLE", because(result, "critical-not-recoverable"));
        assertEquals(1, result.criteriaVersion());
    }

    private static boolean fired(Classification result, String rule) {
        return result.matchedRules().stream().anyMatch(matched -> matched.id().equals(rule));
    }

    private static String because(Classification result, String rule) {
        return result.matchedRules().stream().filter(matched -> matched.id().equals(rule)).findFirst()
                .orElseThrow().because();
    }

    private static Criteria load() {
        try (InputStream in = ClassifierTest.class.getResourceAsStream("/severity/criteria-v1.json")) {
            return new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
                    .readValue(in, Criteria.class);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static final class Builder {
        private Set<Impact> impacts = EnumSet.noneOf(Impact.class);
        private boolean ownerCanHandle = true;
        private FunctionalImpact functional = FunctionalImpact.NONE;
        private Set<InformationImpact> information = EnumSet.of(InformationImpact.NONE);
        private Recoverability recoverability = Recoverability.REGULAR;
        private int units = 1;
        private List<AffectedSystem> systems = List.of();

        Builder impacts(Impact... values) {
            impacts = EnumSet.copyOf(List.of(values));
            return this;
        }

        Builder ownerCannotHandle() {
            ownerCanHandle = false;
            return this;
        }

        Builder system(int level) {
            systems = List.of(new AffectedSystem(level, false));
            return this;
        }

        Builder criticalSystem(int level) {
            systems = List.of(new AffectedSystem(level, true));
            return this;
        }

        Builder functional(FunctionalImpact value) {
            functional = value;
            return this;
        }

        Builder information(InformationImpact value) {
            information = EnumSet.of(value);
            return this;
        }

        Builder recoverability(Recoverability value) {
            recoverability = value;
            return this;
        }

        Builder units(int value) {
            units = value;
            return this;
        }

        Classification classify() {
            return Classifier.classify(V1, new AssessmentInput(impacts, ownerCanHandle, functional, information,
                    recoverability, units, 1, systems));
        }
    }
}
