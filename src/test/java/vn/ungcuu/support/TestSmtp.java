package vn.ungcuu.support;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.util.List;

/**
 * The real SMTP server of the mail tests: GreenMail in the test JVM, on the port the service sends to
 * ({@code %test.quarkus.mailer.port}, 3025; {@code -Dquarkus.mailer.port=N} moves both, for two test runs on one
 * machine). A test class registers it as a static {@code @RegisterExtension}: a fresh, empty server for each
 * test, which the test may stop and start to make an outage.
 */
public final class TestSmtp {

    public static final int PORT = Integer.getInteger("quarkus.mailer.port", 3025);

    private TestSmtp() {
    }

    public static GreenMailExtension server() {
        return new GreenMailExtension(new ServerSetup(PORT, "localhost", ServerSetup.PROTOCOL_SMTP));
    }

    /** What the server delivered to this mailbox, one copy per message sent to it. */
    public static List<MimeMessage> inbox(GreenMailExtension server, String address) {
        return server.findReceivedMessages(user -> user.getEmail().equalsIgnoreCase(address), message -> true)
                .toList();
    }
}
