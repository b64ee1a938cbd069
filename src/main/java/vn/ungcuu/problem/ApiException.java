package vn.ungcuu.problem;

import java.util.List;
import java.util.Map;

/**
 * A failure the client caused or must know about, answered as problem+json.
 * Thrown from services; the transaction rolls back, so a failing request changes nothing.
 */
public class ApiException extends RuntimeException {

    private final ProblemType type;
    private final List<FieldError> errors;
    private final Map<String, Object> extensions;

    public ApiException(ProblemType type, String detail) {
        this(type, detail, List.of(), Map.of());
    }

    public ApiException(ProblemType type, String detail, List<FieldError> errors, Map<String, Object> extensions) {
        super(detail, null, false, false);
        this.type = type;
        this.errors = List.copyOf(errors);
        this.extensions = Map.copyOf(extensions);
    }

    public static ApiException notFound(String what) {
        return new ApiException(ProblemType.NOT_FOUND, what + " not found");
    }

    public static ApiException forbidden(String detail) {
        return new ApiException(ProblemType.FORBIDDEN, detail);
    }

    public static ApiException invalid(String field, String message) {
        return new ApiException(ProblemType.VALIDATION, "The field " + field + " is invalid",
                List.of(new FieldError(field, message)), Map.of());
    }

    public static ApiException invalid(List<FieldError> errors) {
        return new ApiException(ProblemType.VALIDATION,
                errors.size() == 1 ? "1 field is invalid" : errors.size() + " fields are invalid", errors, Map.of());
    }

    public ProblemType type() {
        return type;
    }

    public List<FieldError> errors() {
        return errors;
    }

    public Map<String, Object> extensions() {
        return extensions;
    }
}
