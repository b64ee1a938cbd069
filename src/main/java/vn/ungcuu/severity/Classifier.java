package vn.ungcuu.severity;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Classifies an incident with a criteria set: plain Java, no framework, so the rules can be read,
 * tested and versioned on their own. Legal class first (Decision 05/2017 Art. 9), then the local
 * severity scale, then whether escalation to the provincial team is required.
 */
public final class Classifier {

    private Classifier() {
    }

    public static Classification classify(Criteria criteria, AssessmentInput input) {
        List<MatchedRule> matched = new ArrayList<>();

        LegalClass legalClass = null;
        for (Rule rule : rules(criteria, outcome -> outcome.legalClass() != null)) {
            if (fires(rule, input, legalClass, matched, legalClass != null)) {
                legalClass = rule.outcome().legalClass();
            }
        }
        legalClass = legalClass == null ? LegalClass.NORMAL : legalClass;

        Severity severity = null;
        for (Rule rule : rules(criteria, outcome -> outcome.severity() != null)) {
            if (fires(rule, input, legalClass, matched, severity != null)) {
                Severity level = rule.outcome().severity();
                severity = severity == null || level.compareTo(severity) > 0 ? level : severity;
            }
        }

        boolean escalation = false;
        for (Rule rule : rules(criteria, outcome -> Boolean.TRUE.equals(outcome.escalation()))) {
            escalation |= fires(rule, input, legalClass, matched, escalation);
        }
        return new Classification(legalClass, severity == null ? Severity.LOW : severity, escalation,
                List.copyOf(matched), criteria.version());
    }

    private static List<Rule> rules(Criteria criteria, Predicate<Outcome> kind) {
        return criteria.rules().stream().filter(rule -> kind.test(rule.outcome())).toList();
    }

    private static boolean fires(Rule rule, AssessmentInput input, LegalClass legalClass, List<MatchedRule> matched,
            boolean decidedAlready) {
        if (rule.when().isOtherwise() && decidedAlready) {
            return false;
        }
        List<String> because = rule.when().evaluate(input, legalClass);
        if (because == null) {
            return false;
        }
        matched.add(new MatchedRule(rule.id(), rule.description(), rule.outcome().toString(),
                because.isEmpty() ? "no other rule applied" : String.join("; ", because)));
        return true;
    }
}
