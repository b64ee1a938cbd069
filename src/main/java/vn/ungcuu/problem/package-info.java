/**
 * Errors as RFC 9457 problem+json: the one shape of every error answer, whoever refuses the request.
 *
 * <p>A problem has a stable {@code type} ({@code urn:ungcuu:problem:<kind>}, from
 * {@link vn.ungcuu.problem.ProblemType}: clients branch on it, while the title may be reworded), a human
 * {@code detail}, the request path ({@code instance}), the request id ({@code requestId}, also the
 * {@code X-Request-Id} header) and, for validation, {@code errors: [{field, message}]}; extension members such
 * as {@code allowedActions} sit at the top level. {@link vn.ungcuu.problem.ProblemMappers} gives framework
 * refusals (bad JSON, unknown field, wrong type, unknown enum value, unknown path, 405, 406, 413, 415, a bad or
 * missing token) the same shape, turns a database that cannot be reached into a 503 with {@code Retry-After},
 * and answers anything unexpected as {@code internal}, logged with the request id, never with internals.
 *
 * <p>Services throw {@link vn.ungcuu.problem.ApiException}; the transaction rolls back, so a failing request
 * changes nothing. A new kind of problem is a new {@link vn.ungcuu.problem.ProblemType} constant, never a
 * {@code type} string written elsewhere.
 *
 * <p>{@link vn.ungcuu.problem.OpenApiProblems} writes the error answers into the OpenAPI document from the same
 * rules the code follows, so the document tells the truth without a dozen annotations on every operation;
 * operation-specific problems (409, 422) are declared on the resource with {@code ref}.
 *
 * <p>Shared plumbing: depends on no feature.
 */
package vn.ungcuu.problem;
