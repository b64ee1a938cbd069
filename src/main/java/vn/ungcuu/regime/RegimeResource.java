package vn.ungcuu.regime;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ungcuu.clock.TimeSource;
import vn.ungcuu.config.UngCuuConfig;
import vn.ungcuu.paging.Page;
import vn.ungcuu.problem.ApiException;
import vn.ungcuu.problem.ProblemType;

@Path("/api/v1/regimes")
@Tag(name = "Regimes", description = "The regulatory regimes incidents are handled under, as versioned data with "
        + "the legal basis of every rule")
@Produces(MediaType.APPLICATION_JSON)
public class RegimeResource {

    @Inject
    RegimeStore regimes;

    @Inject
    TimeSource time;

    @Inject
    UngCuuConfig config;

    @GET
    @Authenticated
    @Operation(operationId = "listRegimes", summary = "List the regulatory regimes",
            description = "Every regime, earliest in force first, with the dates in force (the deployment may "
                    + "override a file's dates). All of them on one page (nextCursor is null). Any authenticated caller.")
    @APIResponse(responseCode = "200", description = "The regimes", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RegimePage.class)))
    public Page<RegimeSummary> list() {
        LocalDate today = time.now().atZone(config.timeZone()).toLocalDate();
        List<RegimeSummary> items = regimes.latest().stream().map(regime -> new RegimeSummary(regime.id(),
                regime.version(), regime.title(), regime.inForceFrom(), regime.inForceTo(),
                RegimeStore.holds(regime, today), regimes.versions(regime.id()))).toList();
        return new Page<>(items, null);
    }

    @GET
    @Path("/{id}")
    @Authenticated
    @Operation(operationId = "getRegime", summary = "Read a regulatory regime",
            description = "The latest version, or the one named by version: its classification questions, report "
                    + "kinds and obligations, each with its legal basis. inForceFrom and inForceTo are the dates in "
                    + "force. Any authenticated caller.")
    @APIResponse(responseCode = "200", description = "The regime", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Regime.class)))
    public Regime get(@PathParam("id") @Parameter(description = "The regime's id, e.g. vn-2026",
                    schema = @Schema(type = SchemaType.STRING, pattern = "^[a-z][a-z0-9-]{1,39}$")) String id,
            @QueryParam("version") @Parameter(description = "A stored version (default: the latest)",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1")) String version) {
        return (version == null ? regimes.latest(id) : regimes.version(id, parseVersion(version)))
                .orElseThrow(() -> new ApiException(ProblemType.NOT_FOUND, "Regime not found"));
    }

    private static int parseVersion(String version) {
        try {
            int parsed = Integer.parseInt(version.trim());
            if (parsed >= 1) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ApiException.invalid("version", "must be a whole number, 1 or more");
    }

    /** The list's schema name in the document. */
    @Schema(name = "RegimePage")
    static final class RegimePage {
        public List<RegimeSummary> items;
        @Schema(nullable = true, description = "Always null: every regime is on the one page")
        public String nextCursor;
    }
}
