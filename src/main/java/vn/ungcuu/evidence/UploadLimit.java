package vn.ungcuu.evidence;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.ungcuu.problem.ProblemType;
import vn.ungcuu.problem.ProblemWriter;

/**
 * Uploads are the only bodies larger than a JSON document. An upload that declares more than an
 * attachment may have (plus the multipart framing) is answered 413 before a byte of it is read or
 * spooled; the service checks the spooled file itself too, since a body need not declare its length.
 * At start it checks that the server's ceiling ({@code quarkus.http.limits.max-body-size}) lets an
 * attachment of the configured size through at all.
 */
@ApplicationScoped
public class UploadLimit {

    /** Room for the boundary lines and the part's headers around the file. */
    static final long FRAMING = 64 * 1024;
    static final String UPLOAD_PATH = "/api/v1/(incidents|preparedness)/[^/]+/attachments/?";

    @Inject
    EvidenceConfig config;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    Optional<MemorySize> ceiling;

    void register(@Observes Router router) {
        long maxFile = config.maxSize().asLongValue();
        long maxBody = maxFile + FRAMING;
        if (ceiling.isPresent() && ceiling.get().asLongValue() < maxBody) {
            throw new IllegalStateException("ungcuu.evidence.max-size is " + maxFile + " bytes, but "
                    + "quarkus.http.limits.max-body-size (" + ceiling.get().asLongValue() + " bytes) leaves no room "
                    + "for such an upload: raise it to at least " + maxBody + " bytes");
        }
        // after vn.ungcuu.requestid.RequestIds (which names the request) and Quarkus's own limit (order -2)
        router.routeWithRegex(HttpMethod.POST, UPLOAD_PATH).order(-1).handler(context -> {
            String length = context.request().getHeader("Content-Length");
            if (length != null && declaredOver(length, maxBody)) {
                ProblemWriter.end(context, ProblemType.PAYLOAD_TOO_LARGE,
                        "The upload is larger than an attachment may be (" + maxFile + " bytes)");
                return;
            }
            context.next();
        });
    }

    private static boolean declaredOver(String length, long limit) {
        try {
            return Long.parseLong(length.trim()) > limit;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
