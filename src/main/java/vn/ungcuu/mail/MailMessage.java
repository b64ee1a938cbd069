package vn.ungcuu.mail;

import java.util.List;

/**
 * A message to queue: its once-only key (the same key is never queued twice), what kind of notice it is, its
 * recipients' addresses, subject, and the same text as plain text and HTML.
 */
public record MailMessage(String dedupKey, String kind, List<String> recipients, String subject, String text,
        String html) {

    public MailMessage {
        recipients = List.copyOf(recipients);
    }
}
