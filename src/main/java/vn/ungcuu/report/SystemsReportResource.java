package vn.ungcuu.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
import vn.ungcuu.document.DocumentFormat;
import vn.ungcuu.http.EnumParams;
import vn.ungcuu.problem.ApiException;
import vn.ungcuu.security.Roles;

/** The annual report on information systems (Decree 331/2026, Form 08), as JSON and as a CSV file. */
@Path("/api/v1/reports/systems")
@Tag(name = "Reports", description = "The 6-monthly and yearly summaries the district compiles")
public class SystemsReportResource {

    static final String YEAR_PATTERN = "^[1-9][0-9]{3}$";

    @Inject
    SystemsReportService reports;

    @Inject
    ReportDocuments documents;

    @Context
    HttpHeaders headers;

    @GET
    @Produces({MediaType.APPLICATION_JSON, DocumentFormat.PDF_TYPE, DocumentFormat.DOCX_TYPE})
    @RolesAllowed({Roles.AUDITOR, Roles.COORDINATOR, Roles.ADMIN})
    @Operation(operationId = "getSystemsReport", summary = "The annual report on information systems (Form 08)",
            description = "Decree 331/2026/NĐ-CP, Form 08, for the year named: the data period runs from 15 December "
                    + "of the year before to 14 December (whole local days in ungcuu.time-zone); the report is due "
                    + "to the system owner by 20 December and to the Ministry of Public Security by 25 December. It "
                    + "counts the systems registered before the period's end by level and approval status (their "
                    + "current values), those with a security regulation, per security-plan status, and the checks "
                    + "done in the period, per kind and result. As CSV: exportSystemsReport. With Accept naming "
                    + "application/pdf or the DOCX media type, the report comes as the Form 08 document the unit "
                    + "signs (" + ReportResource.DOCUMENT + ").")
    @APIResponse(responseCode = "200", description = "The report, as JSON or a document", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SystemsReport.class)),
            @Content(mediaType = DocumentFormat.PDF_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = DocumentFormat.DOCX_TYPE,
                    schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response report(@QueryParam("year") @Parameter(required = true, description = "The year reported",
            example = "2026", schema = @Schema(type = SchemaType.STRING, pattern = YEAR_PATTERN)) String year) {
        int reported = year(year);
        Optional<DocumentFormat> document = DocumentFormat.accepted(headers.getAcceptableMediaTypes());
        Response.ResponseBuilder answer = document.isPresent()
                ? documents.systems(reported, document.get()).toResponse()
                : Response.ok(reports.of(reported), MediaType.APPLICATION_JSON_TYPE);
        return answer.header(HttpHeaders.VARY, HttpHeaders.ACCEPT).build();
    }

    @GET
    @Path("/export")
    @Produces({ReportCsv.MEDIA_TYPE, DocumentFormat.PDF_TYPE, DocumentFormat.DOCX_TYPE})
    @RolesAllowed({Roles.AUDITOR, Roles.COORDINATOR, Roles.ADMIN})
    @Operation(operationId = "exportSystemsReport", summary = "Download the annual report on information systems",
            description = "The figures of getSystemsReport in the format named: csv gives rows section,key,value "
                    + "(UTF-8, CRLF line ends, header row, RFC 4180 quoting, Content-Disposition attachment), "
                    + "section being the path of the JSON object holding the value (report for the top level); docx and pdf "
                    + "give the Form 08 document the unit signs (" + ReportResource.DOCUMENT + ").")
    @APIResponse(responseCode = "200", description = "The report as a CSV file or a document", content = {
            @Content(mediaType = ReportCsv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary",
                    description = "UTF-8 CSV: header section,key,value, then one row per figure"),
                    examples = @ExampleObject(name = "systems", summary = "Form 08 of 2026 (some rows left out)",
                            value = CSV_EXAMPLE)),
            @Content(mediaType = DocumentFormat.PDF_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = DocumentFormat.DOCX_TYPE,
                    schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response export(
            @QueryParam("format") @Parameter(required = true, description = "csv, docx or pdf",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"csv", "docx", "pdf"})) String format,
            @QueryParam("year") @Parameter(required = true, description = "The year reported", example = "2026",
                    schema = @Schema(type = SchemaType.STRING, pattern = YEAR_PATTERN)) String year) {
        String chosenFormat = EnumParams.format("format", format, List.of("csv", "docx", "pdf"));
        int reported = year(year);
        if (!chosenFormat.equals("csv")) {
            return documents.systems(reported, DocumentFormat.parse("format", chosenFormat)).toResponse().build();
        }
        return Response.ok(SystemsReportCsv.of(reports.of(reported)), ReportResource.CSV_UTF8)
                .header("Content-Disposition", "attachment; filename=\"systems-" + reported + ".csv\"").build();
    }

    private static int year(String year) {
        if (year == null || year.isBlank()) {
            throw ApiException.invalid("year", "is required, e.g. 2026");
        }
        if (!year.trim().matches(YEAR_PATTERN)) {
            throw ApiException.invalid("year", "must be a year of four digits, e.g. 2026");
        }
        return Integer.parseInt(year.trim());
    }

    private static final String CSV_EXAMPLE = """
            section,key,value\r
            report,year,2026\r
            report,periodStart,2025-12-15\r
            report,periodEnd,2026-12-14\r
            report,ownerDueDate,2026-12-20\r
            report,ministryDueDate,2026-12-25\r
            report,systems,42\r
            byLevel,3,12\r
            byApprovalStatus,APPROVED,20\r
            byLevelAndApprovalStatus.3,APPROVED,9\r
            bySecurityPlanStatus,COMPLETE,15\r
            checks,total,17\r
            checks.byKind,PERIODIC,11\r
            """;
}
