package vn.ungcuu.webapp;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How the web app signs in: {@code local} (a token from the {@code token --url} link) or {@code oidc}. */
@Schema(name = "ClientConfig", description = "How the web app signs in")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ClientConfig(
        @Schema(required = true, enumeration = {"local", "oidc"},
                description = "local: the deployment has no identity provider, and people open the link the "
                        + "service's token --url command prints; oidc: authorization code with PKCE at the issuer")
        String login,
        @Schema(description = "The OIDC issuer (oidc only)", examples = "https://id.example.gov.vn/realms/ungcuu")
        String issuer,
        @Schema(description = "The public OIDC client id (oidc only)", examples = "ungcuu-web")
        String clientId) {

    static ClientConfig local() {
        return new ClientConfig("local", null, null);
    }
}
