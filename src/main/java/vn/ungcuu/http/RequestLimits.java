package vn.ungcuu.http;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.VertxHttpRecorder;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.ungcuu.config.UngCuuConfig;
import vn.ungcuu.problem.ProblemType;
import vn.ungcuu.problem.ProblemWriter;

/**
 * Holds every request to its size limits (URI, headers, body) before anything reads it, answering
 * problem+json. It runs right after {@link vn.ungcuu.requestid.RequestIds}, so a refusal carries the id.
 */
@ApplicationScoped
public class RequestLimits {

    /** The server's ceiling for any body (Quarkus enforces it too): multipart uploads may use all of it. */
    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize maxBodySize;

    @Inject
    UngCuuConfig config;

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1).handler(context -> {
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
}
