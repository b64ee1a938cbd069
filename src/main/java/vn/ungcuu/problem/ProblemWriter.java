package vn.ungcuu.problem;

import vn.ungcuu.requestid.RequestIds;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.Map;

/** Writes a problem straight to a Vert.x response, for answers given before the REST layer runs. */
public final class ProblemWriter {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ProblemWriter() {
    }

    public static void end(RoutingContext context, ProblemType type, String detail) {
        Problem problem = new Problem(type.uri(), type.title(), type.status(), detail, context.request().path(),
                RequestIds.of(context), null, null);
        String body;
        try {
            body = MAPPER.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            body = "{\"type\":\"" + type.uri() + "\",\"status\":" + type.status() + "}";
        }
        context.response()
                .setStatusCode(type.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .end(body);
    }

    static Problem of(ProblemType type, String detail, String path, String requestId, List<FieldError> errors,
            Map<String, Object> extensions) {
        return new Problem(type.uri(), type.title(), type.status(), detail, path, requestId,
                errors == null || errors.isEmpty() ? null : errors,
                extensions == null || extensions.isEmpty() ? null : extensions);
    }
}
