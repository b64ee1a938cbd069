package vn.ungcuu.webapp;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/**
 * A commune focal point on a slow link downloads at most 80 KB (gzip) of scripts and styles before the first screen:
 * the page's bundles and every chunk they import statically, as served. Screens of other roles, the charts and the
 * OIDC library arrive only when used (dynamic imports are not followed here).
 */
@QuarkusTest
class FirstLoadBudgetTest {

    static final long BUDGET = 80 * 1024;
    private static final Pattern PAGE_ASSETS = Pattern.compile("(?:src|href)=\"(/static/bundle/[^\"]+\\.(?:js|css))\"");
    /** Static imports in esbuild's output: {@code import{a}from"./chunk-X.js"} and {@code import"./chunk-X.js"}. */
    private static final Pattern STATIC_IMPORT = Pattern.compile("(?:from|import)\\s*\"(\\./[^\"]+\\.js)\"");

    @Test
    void theFirstLoadStaysWithinItsBudget() throws IOException {
        String page = RestAssured.given().get("/").then().statusCode(200).extract().asString();
        Map<String, Integer> sizes = new LinkedHashMap<>();
        Deque<String> queue = new ArrayDeque<>();
        PAGE_ASSETS.matcher(page).results().forEach(match -> queue.add(match.group(1)));
        assertTrue(queue.stream().anyMatch(path -> path.endsWith(".js")), "no script in the page: " + page);
        while (!queue.isEmpty()) {
            String path = queue.poll();
            if (sizes.containsKey(path)) {
                continue;
            }
            byte[] body = RestAssured.given().get(path).then().statusCode(200).extract().asByteArray();
            sizes.put(path, gzipped(body));
            if (path.endsWith(".js")) {
                Matcher imports = STATIC_IMPORT.matcher(new String(body, java.nio.charset.StandardCharsets.UTF_8));
                while (imports.find()) {
                    queue.add(path.substring(0, path.lastIndexOf('/') + 1) + imports.group(1).substring(2));
                }
            }
        }
        long total = sizes.values().stream().mapToLong(Integer::longValue).sum();
        System.out.printf("first load: %,d bytes gzip in %d files %s%n", total, sizes.size(), sizes);
        assertTrue(total <= BUDGET, "first load " + total + " bytes gzip > " + BUDGET + ": " + sizes);
        for (String lazy : new String[] {"keycloak", "periodic", "admin", "audit-log", "board", "inbox", "incident-page"}) {
            assertTrue(sizes.keySet().stream().noneMatch(path -> path.contains("/" + lazy + "-")),
                    lazy + " is in the first load: " + sizes.keySet());
        }
    }

    private static int gzipped(byte[] body) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(body);
        }
        return out.size();
    }
}
