package vn.ungcuu.severity;

/** One named criterion: its id, what it means, what it decides, and when it fires. */
public record Rule(String id, String description, Outcome outcome, Condition when) {
}
