package vn.ungcuu.evidence;

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
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
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
import org.jboss.resteasy.reactive.server.multipart.FileItem;
import org.jboss.resteasy.reactive.server.multipart.FormValue;
import org.jboss.resteasy.reactive.server.multipart.MultipartFormDataInput;
import vn.ungcuu.problem.ApiException;
import vn.ungcuu.paging.Page;
import vn.ungcuu.paging.PageLinks;
import vn.ungcuu.paging.PageRequest;
import vn.ungcuu.http.PathIds;
import vn.ungcuu.requestid.RequestIds;
import vn.ungcuu.idempotency.CreatedAnswer;
import vn.ungcuu.idempotency.IdempotencyStore;
import vn.ungcuu.security.Roles;

@Path("/api/v1/incidents/{id}/attachments")
@Tag(name = "Evidence", description = "Files attached to an incident, kept byte for byte with their SHA-256")
@Produces(MediaType.APPLICATION_JSON)
public class AttachmentResource {

    static final String FILE_PART = "file";
    private static final String PARSER = "org.jboss.resteasy.reactive.server.core.multipart.";
    private static final String HEADERS = "org.jboss.resteasy.reactive.common.headers.";

    @Inject
    AttachmentService service;

    @Inject
    EvidenceStore store;

    @Inject
    RequestIds requestIds;

    @Context
    UriInfo uri;

    /** The multipart form, for the OpenAPI document only. */
    @Schema(name = "AttachmentUpload", requiredProperties = FILE_PART)
    static final class UploadForm {
        @Schema(type = SchemaType.STRING, format = "binary",
                description = "The file, as a part with a filename (curl -F file=@path); its Content-Type is kept")
        public String file;
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Roles.REPORTER, Roles.COORDINATOR, Roles.RESPONDER})
    @Operation(operationId = "attachEvidence", summary = "Attach a file to an incident",
            description = "multipart/form-data with one part named file. The bytes are kept exactly, with their "
                    + "size and SHA-256, and the attachment is recorded in the incident's history (ATTACH). The "
                    + "unit's reporter, the assigned responder and coordinators may attach; files above the "
                    + "configured limit (default 20 MiB) are refused with 413. A state-secret incident, and a "
                    + "CLOSED or REJECTED one, take no attachments (409). Empty files are accepted: an emptied "
                    + "log can be evidence. With an Idempotency-Key, a retry of the same file replays the first "
                    + "answer (Idempotent-Replayed: true) and stores nothing; the same key with another file is a 422.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
            schema = @Schema(implementation = UploadForm.class)))
    @APIResponse(responseCode = "201", description = "Stored; Location names the attachment's bytes",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AttachmentView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "IdempotencyKeyReused")
    public Response attach(@PathParam("id") String id, MultipartFormDataInput form,
            @HeaderParam(IdempotencyStore.HEADER)
            @Parameter(description = "Makes retries safe: 1-200 visible ASCII characters, kept 24 hours")
            String idempotencyKey) {
        UUID incidentId = PathIds.uuid(id, "Incident");
        CreatedAnswer answer = service.attach(incidentId, theFile(form), idempotencyKey);
        return answer.toResponse(uri);
    }

    @GET
    @RolesAllowed({Roles.REPORTER, Roles.COORDINATOR, Roles.RESPONDER, Roles.PROVINCIAL, Roles.AUDITOR, Roles.ADMIN})
    @Operation(operationId = "listAttachments", summary = "List an incident's attachments",
            description = "Oldest first, keyset-paged; for whoever may read the incident.")
    public RestResponse<Page<AttachmentView>> list(@PathParam("id") String id,
            @QueryParam("limit") @Parameter(description = "Page size, 1-500 (default 50)") String limit,
            @QueryParam("cursor") @Parameter(description = "Opaque cursor from nextCursor") String cursor) {
        return PageLinks.ok(service.list(PathIds.uuid(id, "Incident"), PageRequest.of(limit, cursor)), uri);
    }

    @GET
    @Path("/{attachmentId}")
    @Produces(MediaType.WILDCARD)
    @RolesAllowed({Roles.REPORTER, Roles.COORDINATOR, Roles.RESPONDER, Roles.PROVINCIAL, Roles.AUDITOR, Roles.ADMIN})
    @Operation(operationId = "downloadAttachment", summary = "Download an attachment's bytes",
            description = "Exactly the bytes received, with the stored Content-Type, as an attachment (never "
                    + "rendered in place: Content-Disposition attachment, X-Content-Type-Options nosniff). The ETag "
                    + "is the SHA-256; If-None-Match naming it answers 304. A download whose bytes no longer "
                    + "match the recorded SHA-256 is cut short rather than completed.")
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
        AttachmentView attachment = service.get(PathIds.uuid(id, "Incident"), PathIds.uuid(attachmentId, "Attachment"));
        return FileAnswers.download(store, attachment.id(), attachment.size(), attachment.sha256(),
                attachment.contentType(), attachment.filename(), ifNoneMatch);
    }

    /** Exactly one part, named file, carrying a file; anything else is a 400 naming the part. */
    public static IncomingFile theFile(MultipartFormDataInput form) {
        Map<String, Collection<FormValue>> parts = form == null ? Map.of() : form.getValues();
        for (String name : parts.keySet()) {
            if (name == null) {
                throw ApiException.invalid(FILE_PART, "is required: a part has no name in its Content-Disposition");
            }
            if (!FILE_PART.equals(name)) {
                throw ApiException.invalid(name, "is not a known part; send the file as the part named file");
            }
        }
        Collection<FormValue> files = parts.get(FILE_PART);
        if (files == null || files.isEmpty()) {
            throw ApiException.invalid(FILE_PART, "is required: a multipart/form-data part named file");
        }
        if (files.size() > 1) {
            throw ApiException.invalid(FILE_PART, "must be given once: attach one file per request");
        }
        FormValue part = files.iterator().next();
        if (!part.isFileItem()) {
            throw ApiException.invalid(FILE_PART, "must be a file: a part with a filename in its Content-Disposition");
        }
        FileItem item = part.getFileItem();
        long size;
        try {
            size = item.getFileSize();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if ((part.getFileName() == null || part.getFileName().isEmpty()) && size == 0) {
            // what a browser sends for a form whose file input was left empty
            throw ApiException.invalid(FILE_PART, "is required: no file was chosen");
        }
        return new IncomingFile(part.getFileName(), part.getHeaders().getFirst(HttpHeaders.CONTENT_TYPE), size,
                item::getInputStream);
    }

    /** On this resource only: a multipart body the parser chokes on is the client's 400 ({@link FileAnswers}). */
    @ServerExceptionMapper({IOException.class, IllegalArgumentException.class, IndexOutOfBoundsException.class})
    public Response unreadableForm(Exception e, HttpServerRequest request) {
        return FileAnswers.unreadableForm(e, request, requestIds.current());
    }

    /** Thrown by the parser itself (a disk error while it spools is not the client's fault). */
    public static boolean fromMultipartParser(Throwable e) {
        if (e instanceof IOException) {
            return e.getMessage() != null && e.getMessage().startsWith("Connection terminated")
                    && Arrays.stream(e.getStackTrace()).anyMatch(frame -> frame.getClassName().startsWith(PARSER));
        }
        // the parser itself, or a header parser it called (e.g. MediaType.valueOf of a part's Content-Type)
        boolean parsing = Arrays.stream(e.getStackTrace()).anyMatch(frame -> frame.getClassName().startsWith(PARSER));
        return parsing && Arrays.stream(e.getStackTrace())
                .map(StackTraceElement::getClassName)
                .filter(name -> !name.startsWith("java.") && !name.startsWith("jdk.") && !name.startsWith("sun.")
                        && !name.startsWith("jakarta."))
                .findFirst()
                .map(name -> name.startsWith(PARSER) || name.startsWith(HEADERS))
                .orElse(false);
    }
}
