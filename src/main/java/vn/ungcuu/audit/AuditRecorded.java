package vn.ungcuu.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A CDI event fired inside the transaction of every audit entry written: every change of the service is audited,
 * so whatever must follow a change (a notification) hears of each one here, and commits or rolls back with it.
 * Observers must not fail for reasons of their own: a thrown exception rolls the change back.
 */
public record AuditRecorded(long entryId, Instant at, String actor, String entityType, String entityId,
        String action, List<FieldChange> changes) {

    /** The entry's new value of a field, when it set one. */
    public Optional<JsonNode> changed(String field) {
        return changes.stream().filter(change -> change.field().equals(field)).map(FieldChange::to)
                .filter(value -> value != null && !value.isNull()).findFirst();
    }
}
