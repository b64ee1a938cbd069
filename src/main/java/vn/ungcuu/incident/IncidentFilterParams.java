package vn.ungcuu.incident;

import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import vn.ungcuu.http.EnumParams;
import vn.ungcuu.problem.ApiException;
import vn.ungcuu.severity.Severity;
import vn.ungcuu.unit.UnitCodes;

/**
 * The query parameters that choose incidents, shared by the page ({@code GET /incidents}) and the export
 * ({@code GET /incidents/export}). Read as text so that a bad value is a 400 naming the parameter.
 */
public class IncidentFilterParams {

    static final String UNASSESSED = "UNASSESSED";

    @QueryParam("status")
    @Parameter(description = "Any of these statuses (repeatable, or comma-separated)",
            schema = @Schema(type = SchemaType.ARRAY, implementation = IncidentStatus.class))
    List<String> status;

    @QueryParam("severity")
    @Parameter(description = "Any of these severities, UNASSESSED for none yet (repeatable)",
            schema = @Schema(type = SchemaType.ARRAY, implementation = SeverityFilter.class))
    List<String> severity;

    @QueryParam("unitCode")
    @Parameter(description = "Any of these units (repeatable)")
    List<String> unitCode;

    @QueryParam("includePredecessors")
    @Parameter(description = "true: each unitCode also stands for every unit it succeeded, directly or through "
            + "earlier successions (needs unitCode)", schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
    String includePredecessors;

    @QueryParam("category")
    @Parameter(description = "Any of these categories (repeatable)",
            schema = @Schema(type = SchemaType.ARRAY, implementation = Category.class))
    List<String> category;

    @QueryParam("updatedSince")
    @Parameter(description = "Changed at or after this time (RFC 3339), for incremental sync",
            schema = @Schema(type = SchemaType.STRING, format = "date-time"))
    String updatedSince;

    @QueryParam("createdFrom")
    @Parameter(description = "Reported at or after (RFC 3339)", schema = @Schema(type = SchemaType.STRING,
            format = "date-time"))
    String createdFrom;

    @QueryParam("createdTo")
    @Parameter(description = "Reported before (RFC 3339, exclusive)", schema = @Schema(type = SchemaType.STRING,
            format = "date-time"))
    String createdTo;

    @QueryParam("assignee")
    @Parameter(description = "Assigned to any of these people (their token sub; repeatable); me: the caller",
            schema = @Schema(type = SchemaType.ARRAY, implementation = String.class))
    List<String> assignee;

    @QueryParam("obligationDueFrom")
    @Parameter(description = "With an open obligation due at or after this time (RFC 3339)",
            schema = @Schema(type = SchemaType.STRING, format = "date-time"))
    String obligationDueFrom;

    @QueryParam("obligationDueTo")
    @Parameter(description = "With an open obligation due before this time (RFC 3339, exclusive): now for the "
            + "breached ones, now + 24 h for those due within a day", schema = @Schema(type = SchemaType.STRING,
            format = "date-time"))
    String obligationDueTo;

    @QueryParam("q")
    @Parameter(description = "Text in reference, title or description; accent- and case-insensitive "
            + "(\"ma doc\" finds \"mã độc\"), 1-200 characters", schema = @Schema(type = SchemaType.STRING,
            minLength = 1, maxLength = 200))
    String q;

    @QueryParam("sort")
    @Parameter(description = "Order: createdAt, -createdAt (default), updatedAt or -updatedAt",
            schema = @Schema(type = SchemaType.STRING, enumeration = {"createdAt", "-createdAt", "updatedAt",
                    "-updatedAt"}, defaultValue = "-createdAt"))
    String sort;

    /** The severities a filter may name: the four levels and UNASSESSED. */
    @Schema(name = "SeverityFilter", type = SchemaType.STRING,
            description = "A severity, or UNASSESSED for incidents not assessed yet",
            enumeration = {"LOW", "MEDIUM", "HIGH", "CRITICAL", UNASSESSED})
    static final class SeverityFilter {
    }

    IncidentFilter toFilter() {
        List<String> severities = EnumParams.split(severity);
        List<String> unitCodes = EnumParams.split(unitCode).stream()
                .map(code -> UnitCodes.requireValidFilter("unitCode", code)).distinct().toList();
        boolean withPredecessors = Boolean.TRUE.equals(EnumParams.parseBoolean("includePredecessors",
                includePredecessors));
        if (withPredecessors && unitCodes.isEmpty()) {
            throw ApiException.invalid("includePredecessors", "needs unitCode: the units whose predecessors to include");
        }
        return new IncidentFilter(EnumParams.parseAll("status", status, IncidentStatus.class),
                EnumParams.parseAll("severity", severities.stream().filter(value -> !value.equals(UNASSESSED))
                        .toList(), Severity.class),
                severities.contains(UNASSESSED),
                unitCodes, withPredecessors,
                EnumParams.parseAll("category", category, Category.class),
                EnumParams.parseInstant("updatedSince", updatedSince),
                EnumParams.parseInstant("createdFrom", createdFrom),
                EnumParams.parseInstant("createdTo", createdTo),
                searchQuery(q),
                IncidentSort.parse(sort),
                assignees(),
                EnumParams.parseInstant("obligationDueFrom", obligationDueFrom),
                EnumParams.parseInstant("obligationDueTo", obligationDueTo));
    }

    private List<String> assignees() {
        List<String> given = EnumParams.split(assignee).stream().map(String::trim).distinct().toList();
        if (given.stream().anyMatch(one -> one.isEmpty() || one.length() > 255)) {
            throw ApiException.invalid("assignee", "must be 1-255 characters each");
        }
        return given;
    }

    private static String searchQuery(String q) {
        if (q == null || q.isBlank()) {
            return null;
        }
        String normalized = SearchText.normalize(q);
        if (q.length() > 200 || normalized.isEmpty()) {
            throw ApiException.invalid("q", "must be 1-200 characters of text");
        }
        return normalized;
    }
}
