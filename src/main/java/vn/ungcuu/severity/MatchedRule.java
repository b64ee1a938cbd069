package vn.ungcuu.severity;

/** A rule that fired, and why: the facts of this incident that made it fire. */
public record MatchedRule(String id, String description, String outcome, String because) {
}
