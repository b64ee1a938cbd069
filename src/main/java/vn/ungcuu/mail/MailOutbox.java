package vn.ungcuu.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import vn.ungcuu.clock.TimeSource;
import vn.ungcuu.persistence.Ids;

/**
 * Queues e-mail in the caller's transaction: a message exists if and only if the change it tells of committed.
 * The dispatcher sends it; nothing is sent from here.
 */
@ApplicationScoped
public class MailOutbox {

    /** Enough of an address to hand to SMTP: one @, no spaces or angle brackets. */
    private static final Pattern ADDRESS = Pattern.compile("[^\\s@<>,;]+@[^\\s@<>,;]+\\.[^\\s@<>,;]+");

    @Inject
    EntityManager em;

    @Inject
    TimeSource time;

    /**
     * Queues the message unless one with its key is queued already, or it has no usable recipient (addresses are
     * trimmed, lower-cased and de-duplicated; malformed ones are left out). True when queued.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean enqueue(MailMessage message) {
        List<String> recipients = usable(message.recipients());
        if (recipients.isEmpty()) {
            return false;
        }
        return em.createNativeQuery("INSERT INTO mail_message (id, dedup_key, kind, recipients, subject, body_text, "
                        + "body_html, status, next_attempt_at, created_at) VALUES (?1, ?2, ?3, CAST(?4 AS text[]), ?5, "
                        + "?6, ?7, 'PENDING', ?8, ?8) ON CONFLICT (dedup_key) DO NOTHING")
                .setParameter(1, Ids.newId()).setParameter(2, message.dedupKey()).setParameter(3, message.kind())
                .setParameter(4, "{" + String.join(",", recipients.stream().map(MailOutbox::quoted).toList()) + "}")
                .setParameter(5, message.subject()).setParameter(6, message.text()).setParameter(7, message.html())
                .setParameter(8, time.now())
                .executeUpdate() == 1;
    }

    /** Whether a message with this key was queued already (sent or not). */
    public boolean queued(String dedupKey) {
        return !em.createNativeQuery("SELECT 1 FROM mail_message WHERE dedup_key = ?1").setParameter(1, dedupKey)
                .getResultList().isEmpty();
    }

    static List<String> usable(List<String> addresses) {
        Set<String> usable = new LinkedHashSet<>();
        for (String address : addresses) {
            if (address != null && ADDRESS.matcher(address.strip()).matches()) {
                usable.add(address.strip().toLowerCase(Locale.ROOT));
            }
        }
        return List.copyOf(usable);
    }

    private static String quoted(String address) {
        return "\"" + address.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
