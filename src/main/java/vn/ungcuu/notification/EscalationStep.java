package vn.ungcuu.notification;

import java.util.Optional;

/** The provincial team's steps a message tells of (the incident's {@code PROVINCIAL_<step>} audit actions). */
public enum EscalationStep {
    ACKNOWLEDGE, UPDATE, RETURN, COMPLETE;

    static final String ACTION_PREFIX = "PROVINCIAL_";

    static Optional<EscalationStep> ofAction(String action) {
        if (!action.startsWith(ACTION_PREFIX)) {
            return Optional.empty();
        }
        String step = action.substring(ACTION_PREFIX.length());
        for (EscalationStep value : values()) {
            if (value.name().equals(step)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
