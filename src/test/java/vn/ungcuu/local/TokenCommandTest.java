package vn.ungcuu.local;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Where the sign-in link of {@code token --url} points. */
class TokenCommandTest {

    @Test
    void theLinkGoesToThisMachineOnTheServicesPortUnlessTheDeploymentNamesItsAddress() {
        assertEquals("http://localhost:8080", TokenCommand.webBase(Map.of()));
        assertEquals("http://localhost:9090", TokenCommand.webBase(Map.of("QUARKUS_HTTP_PORT", "9090")));
        assertEquals("https://ungcuu.thanhhoa.gov.vn", TokenCommand.webBase(Map.of(
                "UNGCUU_WEB_BASE_URL", "https://ungcuu.thanhhoa.gov.vn/", "QUARKUS_HTTP_PORT", "9090")));
    }

    @Test
    void aBadOptionIsRefusedWithTheUsage() {
        assertEquals(2, TokenCommand.run("token", "--role", "reporter"), "a reporter needs its unit");
        assertEquals(2, TokenCommand.run("token", "--role", "mayor"));
        assertEquals(2, TokenCommand.run("token", "--role", "admin", "--colour", "red"));
    }
}
