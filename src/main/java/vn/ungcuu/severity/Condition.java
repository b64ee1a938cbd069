package vn.ungcuu.severity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * When a rule fires, as data. Every predicate given must hold (and); {@code all} and {@code any}
 * combine nested conditions; {@code otherwise} fires only when no earlier rule with the same kind of
 * outcome did. Predicates left null are not checked.
 */
public record Condition(
        List<Condition> all,
        List<Condition> any,
        Boolean otherwise,
        Integer systemLevelAtLeast,
        Boolean nationalCriticalSystem,
        Boolean anyImpact,
        List<Impact> impactsAny,
        Boolean ownerCanHandle,
        List<FunctionalImpact> functionalImpactIn,
        List<InformationImpact> informationImpactAny,
        List<Recoverability> recoverabilityIn,
        Integer affectedUnitsAbove,
        LegalClass legalClassIs) {

    /** The facts that made the condition hold, or null when it does not hold. */
    List<String> evaluate(AssessmentInput input, LegalClass legalClass) {
        List<String> because = new ArrayList<>();
        if (systemLevelAtLeast != null) {
            if (input.highestSystemLevel() < systemLevelAtLeast) {
                return null;
            }
            because.add("an affected system is level " + input.highestSystemLevel());
        }
        if (nationalCriticalSystem != null) {
            if (input.nationalCriticalSystem() != nationalCriticalSystem) {
                return null;
            }
            because.add(nationalCriticalSystem ? "an affected system is on the national critical list"
                    : "no affected system is on the national critical list");
        }
        if (anyImpact != null) {
            if (input.impacts().isEmpty() == anyImpact) {
                return null;
            }
            because.add(anyImpact ? "impacts " + sorted(input.impacts()) : "none of the five impacts");
        }
        if (impactsAny != null) {
            List<Impact> hit = impactsAny.stream().filter(input.impacts()::contains).toList();
            if (hit.isEmpty()) {
                return null;
            }
            because.add("impacts " + hit);
        }
        if (ownerCanHandle != null) {
            if (input.ownerCanHandle() != ownerCanHandle) {
                return null;
            }
            because.add(ownerCanHandle ? "the owner can handle it" : "the owner cannot handle it");
        }
        if (functionalImpactIn != null) {
            if (!functionalImpactIn.contains(input.functionalImpact())) {
                return null;
            }
            because.add("functional impact " + input.functionalImpact());
        }
        if (informationImpactAny != null) {
            List<InformationImpact> hit = informationImpactAny.stream()
                    .filter(input.informationImpact()::contains).toList();
            if (hit.isEmpty()) {
                return null;
            }
            because.add("information impact " + hit);
        }
        if (recoverabilityIn != null) {
            if (!recoverabilityIn.contains(input.recoverability())) {
                return null;
            }
            because.add("recoverability " + input.recoverability());
        }
        if (affectedUnitsAbove != null) {
            if (input.affectedUnits() <= affectedUnitsAbove) {
                return null;
            }
            because.add(input.affectedUnits() + " units affected");
        }
        if (legalClassIs != null) {
            if (legalClass != legalClassIs) {
                return null;
            }
            because.add("legal class " + legalClass);
        }
        if (all != null) {
            for (Condition nested : all) {
                List<String> reasons = nested.evaluate(input, legalClass);
                if (reasons == null) {
                    return null;
                }
                because.addAll(reasons);
            }
        }
        if (any != null) {
            List<String> firstHolding = null;
            for (Condition nested : any) {
                firstHolding = nested.evaluate(input, legalClass);
                if (firstHolding != null) {
                    break;
                }
            }
            if (firstHolding == null) {
                return null;
            }
            because.addAll(firstHolding);
        }
        return because;
    }

    boolean isOtherwise() {
        return Boolean.TRUE.equals(otherwise);
    }

    private static <E extends Enum<E>> List<E> sorted(Set<E> values) {
        return values.stream().sorted().toList();
    }
}
