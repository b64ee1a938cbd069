package vn.ungcuu.webapp;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** The web app's settings ({@code ungcuu.web.*}). */
@ConfigMapping(prefix = "ungcuu.web")
public interface WebAppConfig {

    /**
     * The public OIDC client of the web app at the identity provider ({@code ungcuu-web}). Set, the app signs in
     * with authorization code + PKCE; unset, it runs in local mode (tokens from {@code token --url}).
     */
    Optional<String> oidcClientId();

    /** The issuer the browser signs in at; by default the issuer tokens are verified against. */
    Optional<String> oidcIssuer();

    /** The address people open the app at, for links in messages and from {@code token --url}. */
    @WithDefault("http://localhost:8080")
    String baseUrl();
}
