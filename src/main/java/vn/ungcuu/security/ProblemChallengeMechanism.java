package vn.ungcuu.security;

import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.smallrye.jwt.runtime.auth.JWTAuthMechanism;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import java.util.Set;
import vn.ungcuu.problem.ProblemType;
import vn.ungcuu.problem.ProblemWriter;

/**
 * The JWT bearer mechanism, unchanged, except that its 401 challenge carries a problem+json body:
 * every 401 (missing, expired, tampered or foreign token; REST or management route) looks the same.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class ProblemChallengeMechanism implements HttpAuthenticationMechanism {

    @Inject
    JWTAuthMechanism delegate;

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        return delegate.authenticate(context, identityProviderManager);
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return delegate.getChallenge(context);
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return delegate.getCredentialTypes();
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return delegate.getCredentialTransport(context);
    }

    @Override
    public Uni<Boolean> sendChallenge(RoutingContext context) {
        return getChallenge(context).map(challenge -> {
            if (context.response().ended() || context.response().headWritten()) {
                return false;
            }
            challenge.getHeaders().forEach((name, value) -> context.response().putHeader(name, value));
            String detail = context.request().headers().contains(HttpHeaders.AUTHORIZATION)
                    ? "The bearer token is invalid, expired or not issued for this service"
                    : "A bearer token is required";
            ProblemWriter.end(context, ProblemType.UNAUTHORIZED, detail);
            return true;
        });
    }
}
