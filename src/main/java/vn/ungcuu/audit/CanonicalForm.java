package vn.ungcuu.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.format.DateTimeFormatter;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The canonical serialisation of an audit entry, the input of the tamper-evidence hash chain: compact
 * JSON, object keys sorted at every depth, the time in UTC with exactly six fraction digits. The same
 * entry always yields the same bytes, however PostgreSQL's jsonb reordered its changes.
 */
public final class CanonicalForm {

    private static final DateTimeFormatter MICROS =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    private CanonicalForm() {
    }

    public static String of(AuditRecord entry) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("action", entry.action());
        root.put("actor", entry.actor());
        ArrayNode changes = root.putArray("changes");
        for (FieldChange change : entry.changes()) {
            ObjectNode node = changes.addObject();
            node.put("field", change.field());
            node.set("from", sorted(change.from()));
            node.set("to", sorted(change.to()));
        }
        root.put("entityId", entry.entityId());
        root.put("entityType", entry.entityType());
        root.put("id", entry.id());
        root.put("occurredAt", MICROS.format(entry.at()));
        root.put("requestId", entry.requestId());
        try {
            return MAPPER.writeValueAsString(sorted(root));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("canonical form not serialisable", e);
        }
    }

    /** A deep copy of the value with every object's keys in sorted order. */
    private static JsonNode sorted(JsonNode value) {
        if (value == null) {
            return JsonNodeFactory.instance.nullNode();
        }
        if (value.isObject()) {
            List<String> names = new ArrayList<>();
            Iterator<String> fields = value.fieldNames();
            fields.forEachRemaining(names::add);
            names.sort(null);
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            for (String name : names) {
                copy.set(name, sorted(value.get(name)));
            }
            return copy;
        }
        if (value.isArray()) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode();
            value.forEach(item -> copy.add(sorted(item)));
            return copy;
        }
        return value;
    }
}
