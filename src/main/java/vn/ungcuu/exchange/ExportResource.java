package vn.ungcuu.exchange;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ungcuu.http.PathIds;
import vn.ungcuu.security.Roles;

@Path("/api/v1/incidents/{id}/export")
@Tag(name = "Exchange", description = "Incidents in the exchange formats of the provincial systems: STIX 2.1 and IODEF")
public class ExportResource {

    static final String STIX_JSON = "application/stix+json";

    @Inject
    ExportService exports;

    @Context
    HttpHeaders headers;

    @GET
    @Produces({ExportFormat.STIX_MEDIA_TYPE, MediaType.APPLICATION_JSON, MediaType.APPLICATION_XML})
    @RolesAllowed({Roles.REPORTER, Roles.COORDINATOR, Roles.RESPONDER, Roles.PROVINCIAL, Roles.AUDITOR, Roles.ADMIN})
    @Operation(operationId = "exportIncident", summary = "Export an incident as STIX 2.1 or IODEF",
            description = "format=stix answers a STIX 2.1 bundle (application/stix+json;version=2.1, or "
                    + "application/json when only that is accepted): the reporting unit's identity, the incident "
                    + "(labels carry its RSIT class and national category, external_references its reference) and "
                    + "the OASIS TLP 2.0 marking definition of its tlp. format=iodef answers an RFC 7970 "
                    + "IODEF-Document (application/xml) with restriction from the tlp and the RSIT class in "
                    + "Assessment/IncidentCategory. Whoever may read the incident may export it.")
    @APIResponse(responseCode = "200", description = "The incident in the requested format", content = {
            @Content(mediaType = STIX_JSON, schema = @Schema(implementation = StixBundle.class)),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StixBundle.class)),
            @Content(mediaType = MediaType.APPLICATION_XML,
                    schema = @Schema(type = SchemaType.STRING, description = "An RFC 7970 IODEF-Document"),
                    examples = @ExampleObject(name = "iodef", summary = "An IODEF-Document", value = IODEF_EXAMPLE))})
    public Response export(@PathParam("id") String id,
            @QueryParam(ExportFormat.PARAMETER) @Parameter(required = true, description = "stix or iodef "
                    + "(typed clients: exportIncidentStix, exportIncidentIodef)",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"stix", "iodef"})) String format) {
        return export(id, ExportFormat.parse(format));
    }

    @GET
    @Path("/stix")
    @Produces({ExportFormat.STIX_MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.REPORTER, Roles.COORDINATOR, Roles.RESPONDER, Roles.PROVINCIAL, Roles.AUDITOR, Roles.ADMIN})
    @Operation(operationId = "exportIncidentStix", summary = "Export an incident as a STIX 2.1 bundle",
            description = "The same bundle as exportIncident with format=stix: application/stix+json;version=2.1, "
                    + "or application/json when only that is accepted. Whoever may read the incident may export it.")
    @APIResponse(responseCode = "200", description = "The incident as a STIX 2.1 bundle", content = {
            @Content(mediaType = STIX_JSON, schema = @Schema(implementation = StixBundle.class)),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StixBundle.class))})
    public Response exportStix(@PathParam("id") String id) {
        return export(id, ExportFormat.STIX);
    }

    @GET
    @Path("/iodef")
    @Produces(MediaType.APPLICATION_XML)
    @RolesAllowed({Roles.REPORTER, Roles.COORDINATOR, Roles.RESPONDER, Roles.PROVINCIAL, Roles.AUDITOR, Roles.ADMIN})
    @Operation(operationId = "exportIncidentIodef", summary = "Export an incident as an IODEF document",
            description = "The same RFC 7970 IODEF-Document as exportIncident with format=iodef (application/xml, "
                    + "UTF-8), typed as a file. Whoever may read the incident may export it.")
    @APIResponse(responseCode = "200", description = "The incident as an RFC 7970 IODEF-Document", content =
            @Content(mediaType = MediaType.APPLICATION_XML,
                    schema = @Schema(type = SchemaType.STRING, format = "binary", description = "An RFC 7970 IODEF-Document"),
                    examples = @ExampleObject(name = "iodef", summary = "An IODEF-Document", value = IODEF_EXAMPLE)))
    public Response exportIodef(@PathParam("id") String id) {
        return export(id, ExportFormat.IODEF);
    }

    private Response export(String id, ExportFormat format) {
        MediaType type = negotiate(format, headers.getAcceptableMediaTypes());
        UUID incidentId = PathIds.uuid(id, "Incident");
        Object body = format == ExportFormat.STIX ? exports.stix(incidentId) : exports.iodef(incidentId);
        return Response.ok(body, type).build();
    }

    /**
     * The format decides the representation; Accept only picks among its media types (STIX: the STIX media
     * type, else plain JSON). Nothing acceptable is a 406.
     */
    static MediaType negotiate(ExportFormat format, List<MediaType> acceptable) {
        for (MediaType candidate : format.mediaTypes()) {
            for (MediaType accepted : acceptable) {
                if (accepted.isCompatible(candidate) && !"0".equals(accepted.getParameters().get("q"))) {
                    return candidate;
                }
            }
        }
        throw new NotAcceptableException();
    }

    private static final String IODEF_EXAMPLE = """
            <?xml version="1.0" encoding="UTF-8"?><IODEF-Document xmlns="urn:ietf:params:xml:ns:iodef-2.0" \
            version="2.00" xml:lang="vi"><Incident purpose="reporting" status="new" restriction="amber">\
            <IncidentID name="ungcuu">SC-2026-000042</IncidentID><DetectTime>2026-03-02T01:15:00Z</DetectTime>\
            <ReportTime>2026-03-02T01:40:12.345678Z</ReportTime><GenerationTime>2026-03-02T02:00:00Z</GenerationTime>\
            <Description>Cổng thông tin xã bị thay đổi giao diện</Description><Description>Trang chủ hiển thị nội \
            dung lạ</Description><Assessment occurrence="actual"><IncidentCategory>rsit:information-content-security=\
            "unauthorised-information-modification"</IncidentCategory><IncidentCategory>ungcuu:category=\
            "DEFACEMENT"</IncidentCategory><SystemImpact type="unknown"/></Assessment><Contact role="creator" \
            type="organization"><ContactName>UBND xã Minh Sơn</ContactName><Timezone>+07:00</Timezone></Contact>\
            <AdditionalData dtype="string" meaning="TLP 2.0 label">TLP:AMBER</AdditionalData></Incident>\
            </IODEF-Document>""";
}
