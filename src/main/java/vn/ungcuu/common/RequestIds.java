package vn.ungcuu.common;

import io.quarkus.arc.Arc;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
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
 * The id is echoed in the response, written in the audit and in every problem body.
 */
@ApplicationScoped
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    static final String KEY = "ungcuu.requestId";
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    @Inject
    CurrentVertxRequest currentRequest;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize maxBodySize;

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(context -> {
            String given = context.request().getHeader(HEADER);
            String id = given != null && SANE.matcher(given).matches() ? given : UUID.randomUUID().toString();
            context.put(KEY, id);
            context.response().putHeader(HEADER, id);
            if (declaredLengthOver(context, maxBodySize.asLongValue())) {
                ProblemWriter.end(context, ProblemType.PAYLOAD_TOO_LARGE,
                        "The request body is larger than " + maxBodySize.asLongValue() + " bytes");
                return;
            }
            context.next();
        });
        // framework-level refusals that never reach the REST layer still answer problem+json
        router.errorHandler(413, context -> ProblemWriter.end(context, ProblemType.PAYLOAD_TOO_LARGE,
                "The request body is larger than this endpoint accepts"));
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
