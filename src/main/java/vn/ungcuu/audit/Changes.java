package vn.ungcuu.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Collects field-level changes for the audit: {@code changes.field("title", old, new)} records only
 * what really changed. Values are kept as JSON so that any type (text, enum, list, time) fits.
 */
public final class Changes {

    static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final List<FieldChange> list = new ArrayList<>();

    public Changes field(String name, Object from, Object to) {
        JsonNode before = toJson(from);
        JsonNode after = toJson(to);
        if (!Objects.equals(before, after)) {
            list.add(new FieldChange(name, before, after));
        }
        return this;
    }

    /** A creation: every non-null value appears as a change from null. */
    public Changes created(String name, Object value) {
        return value == null ? this : field(name, null, value);
    }

    /** These changes followed by those of {@code more}. */
    public Changes and(Changes more) {
        list.addAll(more.list);
        return this;
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }

    public List<FieldChange> asList() {
        return List.copyOf(list);
    }

    private static JsonNode toJson(Object value) {
        if (value == null) {
            return NullNode.getInstance();
        }
        if (value instanceof Collection<?> collection) {
            // sets have no order; sort them so that the same set always records the same way
            TreeSet<String> sorted = new TreeSet<>();
            collection.forEach(item -> sorted.add(String.valueOf(item)));
            return JSON.valueToTree(sorted);
        }
        if (value instanceof Enum<?> constant) {
            return JSON.valueToTree(constant.name());
        }
        return JSON.valueToTree(value);
    }
}
