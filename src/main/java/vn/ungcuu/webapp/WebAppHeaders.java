package vn.ungcuu.webapp;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The headers of the web app's files. The page gets a strict Content-Security-Policy (scripts and styles only from
 * this origin, calls only to this origin and the identity provider, no framing) and is never cached, so a new
 * release is picked up at once; the bundles' names carry their content hash, so they are cached for a year.
 */
@ApplicationScoped
public class WebAppHeaders {

    static final String BUNDLES = "/static/bundle/";

    @Inject
    WebAppConfig config;

    @ConfigProperty(name = "mp.jwt.verify.issuer")
    Optional<String> verifiedIssuer;

    void register(@Observes Router router) {
        String policy = policy();
        router.route().order(Integer.MIN_VALUE + 3).handler(context -> {
            String path = context.normalizedPath();
            if (path.equals("/") || path.equals("/index.html")) {
                context.addHeadersEndHandler(ignored -> page(context, policy));
            } else if (path.startsWith(BUNDLES)) {
                context.addHeadersEndHandler(ignored -> {
                    if (context.response().getStatusCode() == 200) {
                        context.response().headers().set("Cache-Control", "public, max-age=31536000, immutable");
                    }
                });
            }
            context.next();
        });
    }

    private static void page(RoutingContext context, String policy) {
        var headers = context.response().headers();
        headers.set("Content-Security-Policy", policy);
        headers.set("Cache-Control", "no-cache");
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Referrer-Policy", "no-referrer");
    }

    /** connect-src adds the identity provider's origin when the app signs in with OIDC (discovery, token calls). */
    String policy() {
        String identityProvider = config.oidcClientId().isEmpty() ? ""
                : config.oidcIssuer().or(() -> verifiedIssuer).map(WebAppHeaders::origin).map(" "::concat).orElse("");
        return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; "
                + "connect-src 'self'" + identityProvider + "; object-src 'none'; base-uri 'none'; "
                + "frame-ancestors 'none'; form-action 'self'";
    }

    private static String origin(String url) {
        URI uri = URI.create(url);
        return uri.getScheme() + "://" + uri.getAuthority();
    }
}
