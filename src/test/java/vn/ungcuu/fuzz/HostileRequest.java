package vn.ungcuu.fuzz;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;

/** One generated request; toString is what a failure report shows. */
record HostileRequest(Operations.Operation operation, Hostile.Caller caller, String path, String query,
        Map<String, String> headers, Hostile.Body body) {

    /**
     * False for a path that no longer fits the operation's template: an empty or a slashed segment, or a "."
     * or ".." one, which routing removes (RFC 3986 dot-segments), so the request reaches another path.
     */
    boolean fitsItsTemplate() {
        String template = operation.path().replaceAll("\\{[^}]+}", "[^/]+");
        List<String> segments = List.of(path.split("/"));
        return path.matches(template) && !segments.contains(".") && !segments.contains("..");
    }

    int requestLineLength() {
        return (operation.method() + " " + path + "?" + query + " HTTP/1.1").length();
    }

    Response send(RequestSpecification request) {
        String authorization = caller.authorization().get();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        headers.forEach(request::header);
        if (body != null) {
            request.contentType(body.contentType()).body(body.bytes());
        }
        return request.request(operation.method().toUpperCase(), path + (query.isEmpty() ? "" : "?" + query));
    }

    /**
     * Adds everything generated to a digest, so that a replay can show it generated the same requests. The ids
     * of the rows made for the run differ from run to run: the path names them by collection instead.
     */
    void addTo(MessageDigest digest, Map<String, String> ids) {
        String stablePath = path;
        for (Map.Entry<String, String> id : ids.entrySet()) {
            stablePath = stablePath.replace(id.getValue(), "{" + id.getKey() + "}");
        }
        String described = operation + "\n" + stablePath + "\n" + query + "\n" + headers + "\n" + caller + "\n"
                + (body == null ? "no body" : body.contentType()) + "\n";
        digest.update(described.getBytes(StandardCharsets.UTF_8));
        if (body != null) {
            digest.update(body.bytes());
        }
    }

    @Override
    public String toString() {
        return operation.method().toUpperCase() + " " + abbreviate(path)
                + (query.isEmpty() ? "" : "?" + abbreviate(query))
                + " headers=" + abbreviate(headers.toString()) + " caller=" + caller
                + (body == null ? "" : " body(" + body.contentType() + ", " + body.bytes().length + " B)="
                        + abbreviate(new String(body.bytes(), StandardCharsets.UTF_8)));
    }

    private static String abbreviate(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "…(" + text.length() + ")";
    }
}
