package vn.ungcuu.severity;

import java.util.List;

/** The classifier's answer, with every rule that fired. */
public record Classification(LegalClass legalClass, Severity severity, boolean escalationRequired,
        List<MatchedRule> matchedRules, int criteriaVersion) {
}
