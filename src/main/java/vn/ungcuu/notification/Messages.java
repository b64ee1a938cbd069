package vn.ungcuu.notification;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import vn.ungcuu.mail.MailMessage;

/**
 * Writes messages from the Qute templates under {@code templates/notification/}: one subject, a plain-text and an
 * HTML body (the HTML templates escape every value: people's text is never markup). The wording lives in the
 * templates, Vietnamese first, then a short English section.
 */
@ApplicationScoped
class Messages {

    /** The outbox's subject column holds 500 characters. */
    static final int SUBJECT_MAX = 500;

    @Inject
    @Location("notification/subject.txt")
    Template subject;

    @Inject
    @Location("notification/message.txt")
    Template text;

    @Inject
    @Location("notification/message.html")
    Template html;

    @Inject
    @Location("notification/digest-subject.txt")
    Template digestSubject;

    @Inject
    @Location("notification/digest.txt")
    Template digestText;

    @Inject
    @Location("notification/digest.html")
    Template digestHtml;

    MailMessage write(String dedupKey, Notice notice, List<String> recipients) {
        return new MailMessage(dedupKey, notice.kind().name(), recipients,
                oneLine(subject.data("notice", notice).render()), text.data("notice", notice).render(),
                html.data("notice", notice).render());
    }

    MailMessage write(String dedupKey, Digest digest, List<String> recipients) {
        return new MailMessage(dedupKey, NoticeKind.DAILY_DIGEST.name(), recipients,
                oneLine(digestSubject.data("digest", digest).render()), digestText.data("digest", digest).render(),
                digestHtml.data("digest", digest).render());
    }

    /** A subject is one line (the template's sections leave line breaks), cut to what the outbox keeps. */
    static String oneLine(String rendered) {
        String line = rendered.replaceAll("\\s+", " ").strip();
        return line.length() <= SUBJECT_MAX ? line : line.substring(0, SUBJECT_MAX - 1) + "…";
    }
}
