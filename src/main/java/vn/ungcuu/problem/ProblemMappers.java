package vn.ungcuu.problem;

import vn.ungcuu.requestid.RequestIds;
import vn.ungcuu.json.NoNulStrings;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.quarkus.logging.Log;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import org.hibernate.exception.DataException;
import org.hibernate.exception.JDBCConnectionException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every exception that reaches the REST layer into problem+json. Framework failures (bad JSON,
 * unknown path, wrong method or media type) get the same shape as ours; anything unexpected is logged
 * with the request id and answered without internals.
 */
public class ProblemMappers {

    @Inject
    RequestIds requestIds;

    @ServerExceptionMapper
    public Response api(ApiException e, HttpServerRequest request) {
        return answer(request, e.type(), e.getMessage(), e.errors(), e.extensions());
    }

    @ServerExceptionMapper
    public Response tooMany(TooManyRequests e, HttpServerRequest request) {
        return Response.fromResponse(api(e, request)).header("Retry-After", e.retryAfterSeconds()).build();
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, HttpServerRequest request) {
        List<FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            errors.add(new FieldError(fieldName(violation.getPropertyPath()), violation.getMessage()));
        }
        errors.sort(Comparator.comparing(FieldError::field).thenComparing(FieldError::message));
        ApiException problem = ApiException.invalid(errors);
        return api(problem, request);
    }

    @ServerExceptionMapper
    public Response unparsable(JsonParseException e, HttpServerRequest request) {
        return answer(request, ProblemType.MALFORMED_REQUEST,
                "The body is not well-formed JSON (line " + e.getLocation().getLineNr() + ", column "
                        + e.getLocation().getColumnNr() + ")", null, null);
    }

    @ServerExceptionMapper
    public Response unknownField(UnrecognizedPropertyException e, HttpServerRequest request) {
        return fieldProblem(request, e, "is not a known field");
    }

    @ServerExceptionMapper
    public Response nulCharacter(NoNulStrings.NulCharacterException e, HttpServerRequest request) {
        return fieldProblem(request, e, "must not contain the NUL character");
    }

    @ServerExceptionMapper
    public Response wrongValue(InvalidFormatException e, HttpServerRequest request) {
        String expected = e.getTargetType() != null && e.getTargetType().isEnum()
                ? "must be one of " + List.of(e.getTargetType().getEnumConstants())
                : "has the wrong type or format (expected " + simpleTypeName(e.getTargetType()) + ")";
        return fieldProblem(request, e, expected);
    }

    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e, HttpServerRequest request) {
        if (e.getPath().isEmpty()) {
            return answer(request, ProblemType.MALFORMED_REQUEST, "The body must be a JSON object", null, null);
        }
        return fieldProblem(request, e,
                "has the wrong type (expected " + simpleTypeName(e.getTargetType()) + ")");
    }

    @ServerExceptionMapper
    public Response unbuildable(ValueInstantiationException e, HttpServerRequest request) {
        return fieldProblem(request, e, "is not valid");
    }

    @ServerExceptionMapper
    public Response mapping(JsonMappingException e, HttpServerRequest request) {
        return e.getPath().isEmpty()
                ? answer(request, ProblemType.MALFORMED_REQUEST, "The body could not be read as JSON", null, null)
                : fieldProblem(request, e, "is not valid");
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e, HttpServerRequest request) {
        return answer(request, ProblemType.MALFORMED_REQUEST, "The body could not be read as JSON", null, null);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, HttpServerRequest request) {
        return Response.fromResponse(answer(request, ProblemType.UNAUTHORIZED, "A bearer token is required", null,
                null)).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, HttpServerRequest request) {
        return Response.fromResponse(answer(request, ProblemType.UNAUTHORIZED,
                "The bearer token is invalid, expired or not issued for this service", null, null))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpServerRequest request) {
        return answer(request, ProblemType.FORBIDDEN, "Your role does not allow this operation", null, null);
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, HttpServerRequest request) {
        return answer(request, ProblemType.NOT_FOUND, "No resource at " + request.path(), null, null);
    }

    @ServerExceptionMapper
    public Response notAllowed(NotAllowedException e, HttpServerRequest request) {
        Response answer = answer(request, ProblemType.METHOD_NOT_ALLOWED,
                request.method() + " is not allowed on " + request.path(), null, null);
        String allow = e.getResponse().getHeaderString(HttpHeaders.ALLOW);
        return allow == null ? answer : Response.fromResponse(answer).header(HttpHeaders.ALLOW, allow).build();
    }

    @ServerExceptionMapper
    public Response unsupported(NotSupportedException e, HttpServerRequest request) {
        return answer(request, ProblemType.UNSUPPORTED_MEDIA_TYPE,
                "Content-Type " + request.getHeader(HttpHeaders.CONTENT_TYPE) + " is not accepted here", null, null);
    }

    @ServerExceptionMapper
    public Response notAcceptable(NotAcceptableException e, HttpServerRequest request) {
        return answer(request, ProblemType.NOT_ACCEPTABLE,
                "None of the media types in Accept can be produced here", null, null);
    }

    @ServerExceptionMapper
    public Response optimisticLock(OptimisticLockException e, HttpServerRequest request) {
        return answer(request, ProblemType.PRECONDITION_FAILED,
                "The resource was changed by another request; read it again and retry", null, null);
    }

    /** A unique key taken by a concurrent request (the check before the insert could not see it). */
    @ServerExceptionMapper
    public Response constraint(org.hibernate.exception.ConstraintViolationException e, HttpServerRequest request) {
        boolean unique = "23505".equals(e.getSQLState());
        Log.infof("request %s: constraint %s refused the change", requestIds.current(), e.getConstraintName());
        return answer(request, unique ? ProblemType.ALREADY_EXISTS : ProblemType.CONFLICT,
                unique ? "A record with the same identity already exists" : "The change conflicts with existing data",
                null, null);
    }

    /** A value the database cannot store; input validation should have caught it first. */
    @ServerExceptionMapper
    public Response data(DataException e, HttpServerRequest request) {
        Log.warnf("request %s: the database refused a value: %s", requestIds.current(), e.getSQLState());
        return answer(request, ProblemType.MALFORMED_REQUEST, "A value in the request cannot be stored", null, null);
    }

    @ServerExceptionMapper
    public Response databaseDown(JDBCConnectionException e, HttpServerRequest request) {
        return unavailable(e.getSQLException(), request);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, HttpServerRequest request) {
        if (e.getCause() instanceof JsonProcessingException cause) {
            return readFailure(cause, request);
        }
        int status = e.getResponse().getStatus();
        ProblemType type = switch (status) {
            case 400 -> ProblemType.MALFORMED_REQUEST;
            case 401 -> ProblemType.UNAUTHORIZED;
            case 403 -> ProblemType.FORBIDDEN;
            case 404 -> ProblemType.NOT_FOUND;
            case 405 -> ProblemType.METHOD_NOT_ALLOWED;
            case 406 -> ProblemType.NOT_ACCEPTABLE;
            case 413 -> ProblemType.PAYLOAD_TOO_LARGE;
            case 415 -> ProblemType.UNSUPPORTED_MEDIA_TYPE;
            case 503 -> ProblemType.SERVICE_UNAVAILABLE;
            default -> status < 500 ? ProblemType.MALFORMED_REQUEST : ProblemType.INTERNAL;
        };
        if (type == ProblemType.INTERNAL) {
            return unexpected(e, request);
        }
        return answer(request, type, type.title(), null, null);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, HttpServerRequest request) {
        if (unknownEncoding(e)) {
            // a multipart part or a body naming a charset this JVM lacks (filename*=NOPE''x): the client's
            // request, refused before anything read it
            return answer(request, ProblemType.MALFORMED_REQUEST,
                    "The request names a character encoding this service does not know", null, null);
        }
        SQLException unreachable = databaseUnreachable(e);
        if (unreachable != null) {
            return unavailable(unreachable, request);
        }
        Log.errorf(e, "request %s: unexpected failure on %s %s", requestIds.current(), request.method(),
                request.path());
        return answer(request, ProblemType.INTERNAL,
                "An unexpected error occurred; quote the request id when reporting it", null, null);
    }

    private static boolean unknownEncoding(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.io.UnsupportedEncodingException
                    || cause instanceof java.nio.charset.IllegalCharsetNameException
                    || cause instanceof java.nio.charset.UnsupportedCharsetException) {
                return true;
            }
        }
        return false;
    }

    /**
     * The failure that shows the database could not be reached, if one does: a connection error (SQLState
     * class 08: refused, reset, closed, or no answer within the socket timeout, also when it only surfaces
     * as the suppressed cause of a commit that failed), or no pooled connection within the acquisition
     * timeout (Agroal's SQLException caused by a TimeoutException, which Hibernate can only call generic).
     */
    static SQLException databaseUnreachable(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> pending = new ArrayDeque<>(List.of(failure));
        while (!pending.isEmpty()) {
            Throwable e = pending.pop();
            if (!seen.add(e)) {
                continue;
            }
            if (e instanceof SQLException sql && (sql.getSQLState() != null && sql.getSQLState().startsWith("08")
                    || sql.getCause() instanceof TimeoutException)) {
                return sql;
            }
            if (e.getCause() != null) {
                pending.push(e.getCause());
            }
            for (Throwable suppressed : e.getSuppressed()) {
                pending.push(suppressed);
            }
        }
        return null;
    }

    /** 503 with Retry-After: the client may retry (an Idempotency-Key makes a retried create safe). */
    private Response unavailable(SQLException e, HttpServerRequest request) {
        Log.warnf("request %s: database unreachable: %s", requestIds.current(), e.getMessage());
        return Response.fromResponse(answer(request, ProblemType.SERVICE_UNAVAILABLE,
                "The database is unreachable; retry shortly", null, null)).header("Retry-After", "5").build();
    }

    /** Jackson failures the REST layer wrapped: answered as if they had reached us directly. */
    private Response readFailure(JsonProcessingException e, HttpServerRequest request) {
        if (e instanceof JsonParseException parse) {
            return unparsable(parse, request);
        }
        if (e instanceof NoNulStrings.NulCharacterException nul) {
            return nulCharacter(nul, request);
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            return unknownField(unknown, request);
        }
        if (e instanceof InvalidFormatException format) {
            return wrongValue(format, request);
        }
        if (e instanceof MismatchedInputException mismatch) {
            return mismatched(mismatch, request);
        }
        if (e instanceof JsonMappingException mapping) {
            return mapping(mapping, request);
        }
        return json(e, request);
    }

    private Response fieldProblem(HttpServerRequest request, JsonMappingException e, String message) {
        String field = jsonPath(e.getPath());
        return answer(request, ProblemType.VALIDATION, "The field " + field + " " + message,
                List.of(new FieldError(field, message)), null);
    }

    private Response answer(HttpServerRequest request, ProblemType type, String detail, List<FieldError> errors,
            Map<String, Object> extensions) {
        Problem problem = ProblemWriter.of(type, detail, request.path(), requestIds.current(), errors, extensions);
        return Response.status(type.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    /** The JSON path of a Jackson failure, e.g. {@code focalPoint.email} or {@code affectedSystemIds[2]}. */
    public static String jsonPath(List<JsonMappingException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference reference : path) {
            if (reference.getFieldName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.isEmpty() ? "body" : field.toString();
    }

    /**
     * The request field a bean-validation path points at: method and parameter nodes are dropped, so
     * {@code create.body.focalPoint.email} becomes {@code focalPoint.email} and {@code list.limit} {@code limit}.
     */
    static String fieldName(Path path) {
        StringBuilder field = new StringBuilder();
        String parameter = null;
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
                continue;
            }
            if (node.getName() == null) {
                continue;
            }
            if (!field.isEmpty()) {
                field.append('.');
            }
            field.append(node.getName());
            if (node.getIndex() != null) {
                field.append('[').append(node.getIndex()).append(']');
            }
        }
        if (!field.isEmpty()) {
            return field.toString();
        }
        return parameter == null ? "body" : parameter;
    }

    private static String simpleTypeName(Class<?> type) {
        if (type == null) {
            return "another type";
        }
        if (type == String.class) {
            return "string";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "boolean";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "number";
        }
        if (type.isArray() || java.util.Collection.class.isAssignableFrom(type)) {
            return "array";
        }
        if (type == java.time.Instant.class || type == java.time.OffsetDateTime.class) {
            return "RFC 3339 date-time";
        }
        if (type == java.util.UUID.class) {
            return "UUID";
        }
        return "object";
    }
}
