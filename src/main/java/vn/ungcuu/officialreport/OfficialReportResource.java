package vn.ungcuu.officialreport;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import vn.ungcuu.document.DocumentFormat;
import vn.ungcuu.http.PathIds;
import vn.ungcuu.idempotency.CreatedAnswer;
import vn.ungcuu.idempotency.IdempotencyStore;
import vn.ungcuu.paging.Page;
import vn.ungcuu.paging.PageLinks;
import vn.ungcuu.paging.PageRequest;
import vn.ungcuu.security.Roles;

@Path("/api/v1/incidents/{id}/reports")
@Tag(name = "Official reports", description = "What a unit sent to an authority about an incident (notices, the "
        + "72-hour report, closing and personal-data notices), and the obligations each met")
@Produces(MediaType.APPLICATION_JSON)
public class OfficialReportResource {

    @Inject
    OfficialReportService service;

    @Inject
    OfficialReportDocuments documents;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.REPORTER, Roles.COORDINATOR})
    @Operation(operationId = "recordOfficialReport", summary = "Record an official report the unit sent",
            description = "The incident's unit's reporter and coordinators record what was sent: a report kind of "
                    + "the incident's regime, to an active authority (or DATA-SUBJECTS), when and how, its document "
                    + "number (only a PHONE report may lack one) and its content, every field the regime lists for "
                    + "the kind (a 400 names each one missing, e.g. content.cause). It meets the incident's open "
                    + "obligations the regime says that kind meets, at sentAt (met late: breached), and lists them "
                    + "in met. Reports are never changed: a correction is a new report naming the earlier one in "
                    + "supersedes, and meets nothing. A CLOSED or REJECTED incident takes reports too: what was sent "
                    + "stays a fact. Audited on the incident (REPORT_RECORDED) and sent as a report.recorded event. "
                    + "With an Idempotency-Key, a retry with the same body returns the first answer "
                    + "(Idempotent-Replayed: true) and records nothing; the same key with another body is a 422.")
    @APIResponse(responseCode = "201", description = "Recorded; Location names the report",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = OfficialReportView.class)))
    @APIResponse(responseCode = "422", ref = "IdempotencyKeyReused")
    public Response record(@PathParam("id") String id, @NotNull @Valid NewOfficialReport body,
            @HeaderParam(IdempotencyStore.HEADER)
            @Parameter(description = "Makes retries safe: 1-200 visible ASCII characters, kept 24 hours")
            String idempotencyKey) {
        CreatedAnswer answer = service.record(PathIds.uuid(id, "Incident"), body, idempotencyKey);
        return answer.toResponse(uri);
    }

    @GET
    @RolesAllowed({Roles.REPORTER, Roles.COORDINATOR, Roles.RESPONDER, Roles.PROVINCIAL, Roles.AUDITOR, Roles.ADMIN})
    @Operation(operationId = "listOfficialReports", summary = "List an incident's official reports",
            description = "In the order they were sent, keyset-paged; for whoever may read the incident.")
    public RestResponse<Page<OfficialReportView>> list(@PathParam("id") String id,
            @QueryParam("limit") @Parameter(description = "Page size, 1-500 (default 50)") String limit,
            @QueryParam("cursor") @Parameter(description = "Opaque cursor from nextCursor") String cursor) {
        return PageLinks.ok(service.list(PathIds.uuid(id, "Incident"), PageRequest.of(limit, cursor)), uri);
    }

    @GET
    @Path("/{reportId}")
    @RolesAllowed({Roles.REPORTER, Roles.COORDINATOR, Roles.RESPONDER, Roles.PROVINCIAL, Roles.AUDITOR, Roles.ADMIN})
    @Operation(operationId = "getOfficialReport", summary = "Read an official report",
            description = "For whoever may read the incident; a report of another incident is not found here.")
    @APIResponse(responseCode = "200", description = "The report",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = OfficialReportView.class)))
    public OfficialReportView get(@PathParam("id") String id, @PathParam("reportId") String reportId) {
        return service.get(PathIds.uuid(id, "Incident"), PathIds.uuid(reportId, "Official report"));
    }

    @GET
    @Path("/{reportId}/document")
    @Produces({DocumentFormat.PDF_TYPE, DocumentFormat.DOCX_TYPE})
    @RolesAllowed({Roles.REPORTER, Roles.COORDINATOR, Roles.RESPONDER, Roles.PROVINCIAL, Roles.AUDITOR, Roles.ADMIN})
    @Operation(operationId = "getOfficialReportDocument", summary = "Download an official report as a document",
            description = "The report as the administrative document the unit signs and sends (Decree "
                    + "30/2020/NĐ-CP layout: issuing body from the incident's unit and its parent, national heading, "
                    + "the recorded document number or a blank to fill in, place and date sent in Vietnamese, "
                    + "subject line, the authority addressed, every field of the report, recipients, the signer "
                    + "from the unit's security lead), worded by the latest template of the report's kind under the "
                    + "report's regime (documents/templates). DOCX to edit and sign digitally, PDF (A4, Liberation "
                    + "Serif embedded) to print: format=docx|pdf, or Accept naming one of the two media types; PDF "
                    + "when neither says. The document names its sources (incident reference, report, regime and "
                    + "template versions). Only the report's own fields and the incident's reference, title, unit, "
                    + "detection time and category go in: no comment, internal note or evidence. For whoever may "
                    + "read the incident; each download is audited on the incident (DOCUMENT_GENERATED: template "
                    + "version, format, the file's SHA-256).")
    @APIResponse(responseCode = "200", description = "The document, as an attachment", content = {
            @Content(mediaType = DocumentFormat.PDF_TYPE,
                    schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = DocumentFormat.DOCX_TYPE,
                    schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response document(@PathParam("id") String id, @PathParam("reportId") String reportId,
            @QueryParam("format") @Parameter(description = "docx or pdf; overrides Accept", schema = @Schema(
                    type = SchemaType.STRING, enumeration = {"docx", "pdf"})) String format) {
        DocumentFormat chosen = DocumentFormat.choose(format, headers.getAcceptableMediaTypes());
        return documents.document(PathIds.uuid(id, "Incident"), PathIds.uuid(reportId, "Official report"), chosen)
                .toResponse().build();
    }
}
