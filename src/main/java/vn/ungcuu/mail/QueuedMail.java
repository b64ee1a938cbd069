package vn.ungcuu.mail;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A queued message as the dispatcher sends it. The subject is kept to one line, so that no stored text can add
 * a header; the Message-ID is the row's id, the same on every attempt, so that a copy sent twice (a send that
 * timed out after the server took it) is recognisable as one message.
 */
record QueuedMail(UUID id, String kind, List<String> recipients, String subject, String text, String html,
        Instant createdAt) {

    QueuedMail {
        recipients = List.copyOf(recipients);
        subject = subject.replaceAll("[\\r\\n]+\\s*", " ").strip();
    }

    String messageId(Sender from) {
        return "<" + id + "@" + from.domain() + ">";
    }
}
