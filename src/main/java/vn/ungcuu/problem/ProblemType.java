package vn.ungcuu.problem;

/**
 * Every kind of problem the API can answer, each with a stable {@code type} URI (RFC 9457).
 * Clients branch on {@link #uri()}; the title is for humans and may be reworded.
 */
public enum ProblemType {
    VALIDATION("validation", 400, "The request is not valid"),
    MALFORMED_REQUEST("malformed-request", 400, "The request could not be read"),
    UNAUTHORIZED("unauthorized", 401, "Authentication is required"),
    FORBIDDEN("forbidden", 403, "Not allowed"),
    NOT_FOUND("not-found", 404, "Not found"),
    METHOD_NOT_ALLOWED("method-not-allowed", 405, "Method not allowed"),
    NOT_ACCEPTABLE("not-acceptable", 406, "Representation not available"),
    CONFLICT("conflict", 409, "Conflict with the current state"),
    ALREADY_EXISTS("already-exists", 409, "Already exists"),
    PRECONDITION_FAILED("precondition-failed", 412, "The resource has changed"),
    PAYLOAD_TOO_LARGE("payload-too-large", 413, "Request body too large"),
    URI_TOO_LONG("uri-too-long", 414, "Request URI too long"),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", 415, "Unsupported media type"),
    IDEMPOTENCY_KEY_REUSED("idempotency-key-reused", 422,
            "Idempotency key already used with another request"),
    TOO_MANY_REQUESTS("too-many-requests", 429, "Too many requests"),
    HEADERS_TOO_LARGE("headers-too-large", 431, "Request headers too large"),
    SERVICE_UNAVAILABLE("service-unavailable", 503, "Service temporarily unavailable"),
    INTERNAL("internal", 500, "Internal error");

    private static final String BASE = "urn:ungcuu:problem:";

    private final String slug;
    private final int status;
    private final String title;

    ProblemType(String slug, int status, String title) {
        this.slug = slug;
        this.status = status;
        this.title = title;
    }

    public String uri() {
        return BASE + slug;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }
}
