package vn.ungcuu.document;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/** A document file, ready to answer with. */
public record GeneratedDocument(byte[] content, DocumentFormat format, String fileName) {

    /** 200 with the file as an attachment; private: documents may hold personal data, never for shared caches. */
    public Response.ResponseBuilder toResponse() {
        return Response.ok(content, format.mediaType)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store");
    }
}
