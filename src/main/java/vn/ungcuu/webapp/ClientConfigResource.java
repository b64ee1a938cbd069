package vn.ungcuu.webapp;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/client-config")
@Tag(name = "Web app", description = "What the web app reads before anyone signs in")
@Produces(MediaType.APPLICATION_JSON)
public class ClientConfigResource {

    @Inject
    WebAppConfig config;

    @ConfigProperty(name = "mp.jwt.verify.issuer")
    Optional<String> verifiedIssuer;

    @GET
    @PermitAll
    @SecurityRequirements
    @Operation(operationId = "getClientConfig", summary = "How the web app signs in",
            description = "Public (no token): the web app reads it before anyone signs in. oidc names the issuer "
                    + "and the public client to run the authorization code flow with PKCE against; local means the "
                    + "deployment has no identity provider and people sign in with the link the token --url "
                    + "command prints (no endpoint ever mints a token).")
    @APIResponse(responseCode = "200", description = "The login the web app uses", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClientConfig.class)))
    public ClientConfig get() {
        return config.oidcClientId()
                .map(clientId -> new ClientConfig("oidc", config.oidcIssuer().or(() -> verifiedIssuer).orElse(null),
                        clientId))
                .orElseGet(ClientConfig::local);
    }
}
