package vn.ungcuu.security;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses to start when the token verification key cannot be read (a mistyped file path in the
 * environment file, say). SmallRye JWT would otherwise notice only at the first request and answer every
 * caller with a 500; an operator sees this message in the journal at once. A JWKS URL is fetched later,
 * at verification, and is not checked here: an identity provider that is down must not stop the service.
 */
@ApplicationScoped
class VerificationKeyCheck {

    void onStart(@Observes StartupEvent start, Instance<JWTAuthContextInfo> verification,
            @ConfigProperty(name = "mp.jwt.verify.publickey.location", defaultValue = "") String location) {
        try {
            verification.get().getIssuedBy();
        } catch (RuntimeException e) {
            throw new IllegalStateException("the token verification key cannot be read from '" + location
                    + "': set MP_JWT_VERIFY_PUBLICKEY_LOCATION to a readable PEM or JWKS file, or a JWKS URL", e);
        }
    }
}
