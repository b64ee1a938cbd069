package vn.ungcuu.common;

import io.quarkus.arc.Arc;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.quarkus.vertx.http.runtime.VertxHttpRecorder;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import io.vertx.ext.web.Router;
import jakarta.inject.Inject;
import io.quarkus.runtime.configuration.MemorySize;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import java.util.regex.Pattern;

/**
 * Gives every request an id: the client's {@code X-Request-Id} when it is sane, a new UUID otherwise.
 * The id is echoed in the response, written in the audit and in every problem body. It also holds the
 * request to its size limits (URI, headers, body) before anything reads it, answering problem+json.
 */
@ApplicationScoped
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    static final String KEY = "ungcuu.requestId";
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    @Inject
    CurrentVertxRequest currentRequest;

    /** The server's ceiling for any body (Quarkus enforces it too): multipart uploads may use all of it. */
    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize maxBodySize;

    @Inject
    UngCuuConfig config;

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(context -> {
            String given = context.request().getHeader(HEADER);
            String id = given != null && SANE.matcher(given).matches() ? given : UUID.randomUUID().toString();
            context.put(KEY, id);
            context.response().putHeader(HEADER, id);
            if (context.request().uri().length() > config.maxUriLength().asLongValue()) {
                ProblemWriter.end(context, ProblemType.URI_TOO_LONG,
                        "The request URI is longer than " + config.maxUriLength().asLongValue() + " characters");
                return;
            }
            if (headerBytes(context) > config.maxHeaderSize().asLongValue()) {
                ProblemWriter.end(context, ProblemType.HEADERS_TOO_LARGE,
                        "The request headers are larger than " + config.maxHeaderSize().asLongValue() + " bytes");
                return;
            }
            long limit = bodyLimit(context);
            if (declaredLengthOver(context, limit)) {
                ProblemWriter.end(context, ProblemType.PAYLOAD_TOO_LARGE,
                        "The request body is larger than " + limit + " bytes");
                return;
            }
            context.next();
        });
        // A body of undeclared length (chunked) gets Quarkus's ceiling at order -2, enforced with a bare 413.
        // Hold a JSON one to its own limit; leave a multipart one to the multipart parser, which stops at the
        // same ceiling but answers through the exception mappers (problem+json).
        router.route().order(-1).handler(context -> {
            if (context.get(VertxHttpRecorder.MAX_REQUEST_SIZE_KEY) != null) {
                if (multipart(context)) {
                    context.remove(VertxHttpRecorder.MAX_REQUEST_SIZE_KEY);
                } else {
                    context.put(VertxHttpRecorder.MAX_REQUEST_SIZE_KEY, bodyLimit(context));
                }
            }
            context.next();
        });
        // framework-level refusals that never reach the REST layer still answer problem+json
        router.errorHandler(413, context -> ProblemWriter.end(context, ProblemType.PAYLOAD_TOO_LARGE,
                "The request body is larger than this endpoint accepts"));
    }

    private static long headerBytes(RoutingContext context) {
        long bytes = 0;
        for (var header : context.request().headers()) {
            bytes += header.getKey().length() + header.getValue().length() + 4;
        }
        return bytes;
    }

    /** Multipart uploads may use the whole ceiling; every other body is JSON, held to its own limit. */
    private long bodyLimit(RoutingContext context) {
        return multipart(context) ? maxBodySize.asLongValue()
                : Math.min(config.jsonBodySize().asLongValue(), maxBodySize.asLongValue());
    }

    private static boolean multipart(RoutingContext context) {
        String type = context.request().getHeader("Content-Type");
        return type != null && type.regionMatches(true, 0, "multipart/form-data", 0, 19);
    }

    private static boolean declaredLengthOver(RoutingContext context, long limit) {
        String length = context.request().getHeader("Content-Length");
        try {
            return length != null && Long.parseLong(length.trim()) > limit;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** The current request's id, or {@code null} outside a request (scheduled jobs). */
    public String current() {
        if (!Arc.container().requestContext().isActive()) {
            return null;
        }
        RoutingContext context = currentRequest.getCurrent();
        return context == null ? null : of(context);
    }

    static String of(RoutingContext context) {
        return context.get(KEY);
    }
}
