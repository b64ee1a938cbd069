package vn.ungcuu.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ungcuu.config.UngCuuConfig;
import vn.ungcuu.document.DocumentFormat;
import vn.ungcuu.http.EnumParams;
import vn.ungcuu.security.Roles;

@Path("/api/v1/reports")
@Tag(name = "Reports", description = "The 6-monthly and yearly summaries the district compiles")
public class ReportResource {

    static final String CSV_UTF8 = ReportCsv.MEDIA_TYPE + ";charset=UTF-8";

    @Inject
    ReportService reports;

    @Inject
    UngCuuConfig config;

    @Inject
    ReportDocuments documents;

    @Context
    HttpHeaders headers;

    @GET
    @Path("/summary")
    @Produces({MediaType.APPLICATION_JSON, ReportCsv.MEDIA_TYPE, DocumentFormat.PDF_TYPE, DocumentFormat.DOCX_TYPE})
    @RolesAllowed({Roles.AUDITOR, Roles.COORDINATOR, Roles.ADMIN})
    @Operation(operationId = "getSummaryReport", summary = "Summarise the incidents reported in a period",
            description = "Counts the incidents whose reportedAt falls in the period: in total, per current status, "
                    + "severity (UNASSESSED when never assessed), category and reporting unit (today's unit with "
                    + "unitMap=current); their escalations "
                    + "(and those still open); mean and median times from report to triage and to resolution; "
                    + "their breached deadlines; and the Form 05 (Circular 20/2017) breakdown per category of "
                    + "how they were handled. Give either period (YYYY, YYYY-H1 = January-June, YYYY-H2 = "
                    + "July-December) or both from and to. Periods and dates are read in the district's time zone "
                    + "(ungcuu.time-zone, Asia/Ho_Chi_Minh): 2026-H1 runs from 2025-12-31T17:00:00Z to "
                    + "2026-06-30T17:00:00Z. A date in from/to is a whole local day, both ends inclusive; an RFC "
                    + "3339 time is an exact bound, from inclusive and to exclusive. The answer echoes the "
                    + "interval as from (inclusive) and to (exclusive) instants. With Accept: text/csv the same "
                    + "figures come as CSV rows section,key,value (UTF-8, header row, RFC 4180 quoting), section "
                    + "being the path of the JSON object holding the value (summary for the top level). With Accept naming "
                    + "application/pdf or the DOCX media type, the summary comes as the report document the unit "
                    + "signs (" + DOCUMENT + ").")
    @APIResponse(responseCode = "200", description = "The summary, as JSON, CSV or a document", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SummaryReport.class)),
            @Content(mediaType = ReportCsv.MEDIA_TYPE,
                    schema = @Schema(type = SchemaType.STRING,
                            description = "UTF-8 CSV, CRLF line ends: header section,key,value, then one row per "
                                    + "figure of the JSON answer; a null is an empty field"),
                    examples = @ExampleObject(name = "summary", summary = "A half-year summary (some rows left out)",
                            value = CSV_EXAMPLE)),
            @Content(mediaType = DocumentFormat.PDF_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = DocumentFormat.DOCX_TYPE,
                    schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response summary(@BeanParam ReportPeriodParams period,
            @QueryParam("unitMap") @Parameter(description = UNIT_MAP, schema = @Schema(type = SchemaType.STRING,
                    enumeration = {"filed", "current"}, defaultValue = "filed")) String unitMap) {
        ReportPeriod chosen = period.parse(config.timeZone());
        boolean current = currentMap(unitMap);
        Optional<DocumentFormat> document = DocumentFormat.accepted(headers.getAcceptableMediaTypes());
        boolean csv = prefersCsv(headers.getAcceptableMediaTypes());
        Response.ResponseBuilder answer = document.isPresent()
                ? documents.summary(chosen, current, document.get()).toResponse()
                : csv ? csv(chosen, current)
                : Response.ok(reports.summary(chosen, current), MediaType.APPLICATION_JSON_TYPE);
        // one URL, two representations: caches must key on Accept
        return answer.header(HttpHeaders.VARY, HttpHeaders.ACCEPT).build();
    }

    @GET
    @Path("/summary/export")
    @Produces({ReportCsv.MEDIA_TYPE, DocumentFormat.PDF_TYPE, DocumentFormat.DOCX_TYPE})
    @RolesAllowed({Roles.AUDITOR, Roles.COORDINATOR, Roles.ADMIN})
    @Operation(operationId = "exportSummaryReport", summary = "Download the summary of a period as a file",
            description = "The figures of getSummaryReport for the same period, in the format named: csv gives "
                    + "rows section,key,value (UTF-8, CRLF line ends, header row, RFC 4180 quoting, Content-"
                    + "Disposition attachment), section being the path of the JSON object holding the value "
                    + "(summary for the top level); docx and pdf give the report document the unit signs ("
                    + DOCUMENT + ").")
    @APIResponse(responseCode = "200", description = "The summary as a CSV file or a document", content = {
            @Content(mediaType = ReportCsv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary",
                    description = "UTF-8 CSV: header section,key,value, then one row per figure; a null is an "
                            + "empty field"),
                    examples = @ExampleObject(name = "summary", summary = "A half-year summary (some rows left out)",
                            value = CSV_EXAMPLE)),
            @Content(mediaType = DocumentFormat.PDF_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = DocumentFormat.DOCX_TYPE,
                    schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response exportSummary(
            @QueryParam("format") @Parameter(required = true, description = "csv, docx or pdf",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"csv", "docx", "pdf"})) String format,
            @BeanParam ReportPeriodParams period,
            @QueryParam("unitMap") @Parameter(description = UNIT_MAP, schema = @Schema(type = SchemaType.STRING,
                    enumeration = {"filed", "current"}, defaultValue = "filed")) String unitMap) {
        String chosenFormat = EnumParams.format("format", format, List.of("csv", "docx", "pdf"));
        ReportPeriod chosen = period.parse(config.timeZone());
        if (!chosenFormat.equals("csv")) {
            return documents.summary(chosen, currentMap(unitMap), DocumentFormat.parse("format", chosenFormat))
                    .toResponse().build();
        }
        return csv(chosen, currentMap(unitMap)).build();
    }

    /** What a report document is, for the operations that answer one. */
    static final String DOCUMENT = "Decree 30/2020/NĐ-CP layout: the caller's unit as issuer, under its parent, the "
            + "national heading, a blank number to fill in, place and today's date in Vietnamese, the tables of the "
            + "figures, the signer from the unit's security lead; worded by the template of the regime in force at "
            + "the period's end (documents/templates); DOCX to edit, PDF (A4, Liberation Serif embedded) to print; "
            + "each one audited as DOCUMENT_GENERATED on entity type REPORT";

    static final String UNIT_MAP = "How byUnit counts: filed (default), under the unit each incident was filed "
            + "under; current, under today's unit (its currentUnitCode: the successor of a unit that merged into "
            + "another), so that old and new units are counted on today's map. Every other figure is the same";

    /** unitMap: filed (default) or current; anything else is a 400 naming the parameter. */
    static boolean currentMap(String unitMap) {
        return unitMap != null && EnumParams.format("unitMap", unitMap, List.of("filed", "current"))
                .equals("current");
    }

    private Response.ResponseBuilder csv(ReportPeriod period, boolean currentMap) {
        String filename = period.label() == null ? "summary.csv" : "summary-" + period.label() + ".csv";
        return Response.ok(ReportCsv.of(reports.summary(period, currentMap)), CSV_UTF8)
                .header("Content-Disposition", "attachment; filename=\"" + filename + "\"");
    }

    /** Accept is sorted by preference: the first entry that names CSV or JSON decides; wildcards mean JSON. */
    static boolean prefersCsv(List<MediaType> acceptable) {
        MediaType csv = MediaType.valueOf(ReportCsv.MEDIA_TYPE);
        for (MediaType accepted : acceptable) {
            if ("0".equals(accepted.getParameters().get("q"))) {
                continue;
            }
            if (accepted.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
            if (accepted.isCompatible(csv)) {
                return true;
            }
        }
        return false;
    }

    private static final String CSV_EXAMPLE = """
            section,key,value\r
            summary,period,2026-H1\r
            summary,from,2025-12-31T17:00:00Z\r
            summary,to,2026-06-30T17:00:00Z\r
            summary,timeZone,Asia/Ho_Chi_Minh\r
            summary,generatedAt,2026-07-01T02:00:00.123456Z\r
            summary,total,12\r
            summary,escalations,2\r
            summary,openEscalations,1\r
            byStatus,NEW,1\r
            bySeverity,UNASSESSED,2\r
            byCategory,PHISHING,5\r
            byUnit,XA-MINHSON,7\r
            timeToTriage,incidents,9\r
            timeToTriage,meanSeconds,5400.5\r
            timeToTriage,medianSeconds,3600\r
            deadlinesBreached,total,3\r
            deadlinesBreached.byKind,NOTIFY,2\r
            handlingByCategory.PHISHING,incidents,5\r
            handlingByCategory.PHISHING,handledByUnitAlone,4\r
            handlingByCategory.PHISHING,withProvincialSupport,1\r
            handlingByCategory.PHISHING,supportRequested,1\r
            """;
}
