package vn.ungcuu.preparedness;

import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
import java.io.IOException;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.multipart.MultipartFormDataInput;
import vn.ungcuu.evidence.AttachmentResource;
import vn.ungcuu.evidence.EvidenceStore;
import vn.ungcuu.evidence.FileAnswers;
import vn.ungcuu.http.PathIds;
import vn.ungcuu.paging.Page;
import vn.ungcuu.paging.PageLinks;
import vn.ungcuu.paging.PageRequest;
import vn.ungcuu.requestid.RequestIds;
import vn.ungcuu.security.Roles;

/**
 * The files of a preparedness record. A class of its own so that its multipart error mapper (an unreadable form is
 * the client's 400) never catches the JSON errors of the record's own POST, which the global mappers answer.
 */
@Path("/api/v1/preparedness/{id}/attachments")
@Tag(name = "Preparedness")
@Produces(MediaType.APPLICATION_JSON)
public class PreparednessFileResource {

    @Inject
    PreparednessService service;

    @Inject
    EvidenceStore store;

    @Inject
    RequestIds requestIds;

    @Context
    UriInfo uri;

    /** The multipart form, for the OpenAPI document only. */
    @Schema(name = "PreparednessAttachmentUpload", requiredProperties = "file")
    static final class UploadForm {
        @Schema(type = SchemaType.STRING, format = "binary",
                description = "The file, as a part with a filename (curl -F file=@path); its Content-Type is kept")
        public String file;
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Roles.REPORTER, Roles.COORDINATOR, Roles.ADMIN})
    @Operation(operationId = "attachPreparednessFile", summary = "Attach a file to a preparedness record",
            description = "multipart/form-data with one part named file (minutes of a drill, a list of trainees, "
                    + "a scan of a certificate, a check's report). The record's unit's reporter, coordinators and "
                    + "administrators may attach; the bytes are kept exactly, with their size and SHA-256, under the "
                    + "evidence limit (default 20 MiB, 413 above). Audited on the record (ATTACH).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
            schema = @Schema(implementation = UploadForm.class)))
    @APIResponse(responseCode = "201", description = "Stored; Location names the attachment's bytes",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PreparednessAttachmentView.class)))
    public Response attach(@PathParam("id") String id, MultipartFormDataInput form) {
        UUID recordId = PathIds.uuid(id, "Preparedness record");
        PreparednessAttachmentView attachment = service.attach(recordId, AttachmentResource.theFile(form));
        return Response.created(uri.getBaseUriBuilder().path("api/v1/preparedness").path(recordId.toString())
                .path("attachments").path(attachment.id().toString()).build()).entity(attachment).build();
    }

    @GET
    @RolesAllowed({Roles.REPORTER, Roles.COORDINATOR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(operationId = "listPreparednessFiles", summary = "List a preparedness record's files",
            description = "Oldest first, keyset-paged; for whoever may read the record.")
    public RestResponse<Page<PreparednessAttachmentView>> attachments(@PathParam("id") String id,
            @QueryParam("limit") @Parameter(description = "Page size, 1-500 (default 50)") String limit,
            @QueryParam("cursor") @Parameter(description = "Opaque cursor from nextCursor") String cursor) {
        return PageLinks.ok(service.listAttachments(PathIds.uuid(id, "Preparedness record"),
                PageRequest.of(limit, cursor)), uri);
    }

    @GET
    @Path("/{attachmentId}")
    @Produces(MediaType.WILDCARD)
    @RolesAllowed({Roles.REPORTER, Roles.COORDINATOR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(operationId = "downloadPreparednessFile", summary = "Download a preparedness record's file",
            description = "Exactly the bytes received, with the stored Content-Type, as an attachment (never "
                    + "rendered in place). The ETag is the SHA-256; If-None-Match naming it answers 304.")
    @APIResponse(responseCode = "200", description = "The bytes",
            headers = {
                @Header(name = HttpHeaders.CONTENT_DISPOSITION, description = "attachment; filename=\"<ASCII "
                        + "fallback>\"; filename*=UTF-8''<the name, percent-encoded>",
                        schema = @Schema(type = SchemaType.STRING)),
                @Header(name = HttpHeaders.ETAG, description = "\"<sha256>\"", schema = @Schema(type = SchemaType.STRING)),
                @Header(name = "X-Content-Type-Options", description = "nosniff",
                        schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.WILDCARD,
                    schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "304", description = "Not modified: If-None-Match names the SHA-256")
    public Response download(@PathParam("id") String id, @PathParam("attachmentId") String attachmentId,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        PreparednessAttachmentView attachment = service.attachment(PathIds.uuid(id, "Preparedness record"),
                PathIds.uuid(attachmentId, "Attachment"));
        return FileAnswers.download(store, attachment.id(), attachment.size(), attachment.sha256(),
                attachment.contentType(), attachment.filename(), ifNoneMatch);
    }

    /** A multipart body the parser chokes on is the client's doing: 400, as for evidence. */
    @ServerExceptionMapper({IOException.class, IllegalArgumentException.class, IndexOutOfBoundsException.class})
    public Response unreadableForm(Exception e, HttpServerRequest request) {
        return FileAnswers.unreadableForm(e, request, requestIds.current());
    }
}
