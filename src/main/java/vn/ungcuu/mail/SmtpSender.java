package vn.ungcuu.mail;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Hands a message to the SMTP server through the Quarkus Mailer (host, port, TLS and login:
 * {@code quarkus.mailer.*}). The Mailer writes the MIME: multipart/alternative with the text and the HTML,
 * UTF-8, the subject as encoded words. It blocks until the server took the message or refused it, at most
 * {@code quarkus.mailer.timeout}; a refusal or an unreachable server throws.
 *
 * <p>One message at a time per instance. The scheduled dispatcher never runs twice at once, but two callers in
 * one JVM (the tests' two dispatchers) made the Vert.x mail client stall now and then: a connection on which
 * it never sent its next command, until the server dropped it 30 s later. Sending one by one costs nothing at
 * the service's volume. Such stalls still happen under load (the full test run on 2 cores), with keep-alive or
 * pipelining off too; the send then times out and is retried like any failure (support/MailDelivery in the tests).
 */
@ApplicationScoped
class SmtpSender {

    @Inject
    Mailer mailer;

    synchronized void send(QueuedMail mail, Sender from) {
        mailer.send(new Mail()
                .setTo(mail.recipients())
                .setSubject(mail.subject())
                .setText(mail.text())
                .setHtml(mail.html())
                .addHeader("Message-ID", mail.messageId(from)));
    }
}
