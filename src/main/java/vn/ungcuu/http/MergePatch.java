package vn.ungcuu.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.ungcuu.problem.ApiException;
import vn.ungcuu.problem.FieldError;
import vn.ungcuu.problem.ProblemMappers;

/**
 * JSON merge patch (RFC 7396) of a resource's editable fields: the patch is laid over the fields as they
 * are, the result is read and validated as a whole, and only then applied by the caller. A patch that
 * names a read-only or unknown field is refused before anything else, naming each field.
 */
@ApplicationScoped
public class MergePatch {

    public static final String READ_ONLY = "cannot be changed by PATCH";

    @Inject
    ObjectMapper json;

    @Inject
    Validator validator;

    /**
     * 400 naming every field of the patch that is read-only (with its message) or not editable at all.
     */
    public static void refuseFields(ObjectNode patch, Set<String> editable, Map<String, String> readOnly) {
        List<FieldError> errors = new ArrayList<>();
        Iterator<String> names = patch.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (readOnly.containsKey(name)) {
                errors.add(new FieldError(name, readOnly.get(name)));
            } else if (!editable.contains(name)) {
                errors.add(new FieldError(name, "is not a known field"));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
    }

    /** The editable fields after the patch, read as {@code type} and validated (400 naming the field). */
    /** RFC 7396 section 2: an object merges into an object member by member; anything else replaces. */
    private static void merge(ObjectNode target, ObjectNode patch) {
        patch.fields().forEachRemaining(field -> {
            JsonNode value = field.getValue();
            JsonNode existing = target.get(field.getKey());
            if (value.isObject() && existing != null && existing.isObject()) {
                merge((ObjectNode) existing, (ObjectNode) value);
            } else {
                target.set(field.getKey(), value);
            }
        });
    }

    public <T> T apply(T current, ObjectNode patch, Class<T> type) {
        ObjectNode merged = json.valueToTree(current);
        merge(merged, patch);
        T edit;
        try {
            edit = json.treeToValue(merged, type);
        } catch (JsonMappingException e) {
            throw ApiException.invalid(ProblemMappers.jsonPath(e.getPath()), "has the wrong type or value");
        } catch (JsonProcessingException e) {
            throw ApiException.invalid("body", "could not be read");
        }
        Set<ConstraintViolation<T>> violations = validator.validate(edit);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return edit;
    }
}
