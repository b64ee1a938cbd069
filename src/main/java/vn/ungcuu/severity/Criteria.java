package vn.ungcuu.severity;

import java.util.List;

/**
 * A versioned criteria set. Rules deciding the legal class are evaluated first (severity rules may
 * depend on it); then severity rules, the highest level fired winning; then escalation rules.
 */
public record Criteria(int version, String title, String note, List<Rule> rules) {
}
