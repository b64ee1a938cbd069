package vn.ungcuu.problem;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/**
 * An RFC 9457 problem document, the body of every error answer. Extension members (e.g.
 * {@code allowedActions}) are written at the top level, as the RFC wants. Its OpenAPI schema is
 * written by {@link OpenApiProblems}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"type", "title", "status", "detail", "instance", "requestId", "errors"})
public final class Problem {

    public static final String MEDIA_TYPE = "application/problem+json";

    private final String type;
    private final String title;
    private final int status;
    private final String detail;
    private final String instance;
    private final String requestId;
    private final List<FieldError> errors;
    private final Map<String, Object> extensions;

    public Problem(String type, String title, int status, String detail, String instance, String requestId,
            List<FieldError> errors, Map<String, Object> extensions) {
        this.type = type;
        this.title = title;
        this.status = status;
        this.detail = detail;
        this.instance = instance;
        this.requestId = requestId;
        this.errors = errors;
        this.extensions = extensions == null ? Map.of() : extensions;
    }

    public String getType() {
        return type;
    }

    public String getTitle() {
        return title;
    }

    public int getStatus() {
        return status;
    }

    public String getDetail() {
        return detail;
    }

    public String getInstance() {
        return instance;
    }

    public String getRequestId() {
        return requestId;
    }

    public List<FieldError> getErrors() {
        return errors;
    }

    @JsonAnyGetter
    public Map<String, Object> extensions() {
        return extensions;
    }
}
