package vn.ungcuu.problem;

/** One offending field of a request, named by its JSON path (e.g. {@code focalPoint.email}). */
public record FieldError(String field, String message) {
}
