package vn.ungcuu.evidence;

import io.quarkus.logging.Log;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.util.UUID;
import vn.ungcuu.http.ETags;
import vn.ungcuu.problem.Problem;
import vn.ungcuu.problem.ProblemType;

/**
 * How a stored file is answered, for every resource that serves files kept in the evidence store (an incident's
 * attachments, a preparedness record's files): the exact bytes as an attachment, never rendered in place, and
 * how a multipart upload the parser chokes on is answered.
 */
public final class FileAnswers {

    static final String NOSNIFF = "nosniff";

    private FileAnswers() {
    }

    /**
     * The bytes with their Content-Type, Content-Length, the SHA-256 as ETag (304 when If-None-Match names it),
     * not stored by caches, as an attachment named after the file, with nosniff.
     */
    public static Response download(EvidenceStore store, UUID id, long size, String sha256, String contentType,
            String filename, String ifNoneMatch) {
        EntityTag tag = new EntityTag(sha256);
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        noStore.setPrivate(true);
        if (ETags.noneMatchHits(ifNoneMatch, sha256)) {
            return Response.notModified(tag).cacheControl(noStore).build();
        }
        StreamingOutput bytes = out -> store.copy(id, size, sha256, out);
        return Response.ok(bytes, contentType)
                .tag(tag)
                .cacheControl(noStore)
                .header(HttpHeaders.CONTENT_LENGTH, size)
                .header(HttpHeaders.CONTENT_DISPOSITION, Filenames.contentDisposition(filename))
                .header("X-Content-Type-Options", NOSNIFF)
                .build();
    }

    /**
     * The multipart parser runs before a resource's methods, and what it chokes on is the client's doing: a body
     * cut short before its closing boundary, or a part header it cannot decode (a malformed {@code filename*}).
     * Those are 400, not 500; any other failure of these types is answered as everywhere.
     */
    public static Response unreadableForm(Exception e, HttpServerRequest request, String requestId) {
        if (!AttachmentResource.fromMultipartParser(e)) {
            Log.errorf(e, "request %s: unexpected failure on %s %s", requestId, request.method(), request.path());
            return problem(request, requestId, ProblemType.INTERNAL,
                    "An unexpected error occurred; quote the request id when reporting it");
        }
        Log.infof("request %s: unreadable multipart body: %s", requestId, e.toString());
        return problem(request, requestId, ProblemType.MALFORMED_REQUEST, e instanceof IOException
                ? "The multipart body ended before its closing boundary"
                : "A part header of the multipart body cannot be read (its filename or Content-Type?)");
    }

    private static Response problem(HttpServerRequest request, String requestId, ProblemType type, String detail) {
        return Response.status(type.status()).type(Problem.MEDIA_TYPE).entity(new Problem(type.uri(), type.title(),
                type.status(), detail, request.path(), requestId, null, null)).build();
    }
}
