package vn.ungcuu.requestid;

import io.quarkus.arc.Arc;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Gives every request an id: the client's {@code X-Request-Id} when it is sane, a new UUID otherwise.
 * The id is echoed in the response, written in the audit and in every problem body. It runs first of
 * all routes, so that even a request refused for its size carries an id.
 */
@ApplicationScoped
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    private static final String KEY = "ungcuu.requestId";
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    @Inject
    CurrentVertxRequest currentRequest;

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(context -> {
            String given = context.request().getHeader(HEADER);
            String id = given != null && SANE.matcher(given).matches() ? given : UUID.randomUUID().toString();
            context.put(KEY, id);
            context.response().putHeader(HEADER, id);
            context.next();
        });
    }

    /** The current request's id, or {@code null} outside a request (scheduled jobs). */
    public String current() {
        if (!Arc.container().requestContext().isActive()) {
            return null;
        }
        RoutingContext context = currentRequest.getCurrent();
        return context == null ? null : of(context);
    }

    /** The id given to this request by the first route. */
    public static String of(RoutingContext context) {
        return context.get(KEY);
    }
}
