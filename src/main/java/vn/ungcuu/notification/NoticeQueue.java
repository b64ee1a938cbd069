package vn.ungcuu.notification;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.function.Supplier;
import vn.ungcuu.mail.MailMessage;
import vn.ungcuu.mail.MailOutbox;

/**
 * Writes a notice and queues it, once per key. A notice that cannot be written is logged and skipped: it must
 * neither undo the change it tells of nor hold back the other notices.
 */
@ApplicationScoped
class NoticeQueue {

    @Inject
    Messages messages;

    @Inject
    MailOutbox outbox;

    /** True when queued now; false when nobody is left to tell, it could not be written, or its key was queued. */
    boolean queue(String key, List<String> to, Supplier<Notice> notice) {
        if (to.isEmpty()) {
            return false;
        }
        MailMessage message;
        try {
            message = messages.write(key, notice.get(), to);
        } catch (RuntimeException e) {
            Log.errorf(e, "notice %s not written", key);
            return false;
        }
        return outbox.enqueue(message);
    }
}
