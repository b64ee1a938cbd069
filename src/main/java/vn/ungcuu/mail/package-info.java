/**
 * E-mail: queued in the transaction of the change it tells of, then sent once, reliably, by SMTP.
 *
 * <p><b>Why an outbox.</b> {@link vn.ungcuu.mail.MailOutbox#enqueue MailOutbox.enqueue} inserts into
 * {@code mail_message} in the caller's transaction, so a message exists if and only if its change committed: no
 * notice of a change rolled back, no change whose notice is lost. Nothing waits in memory, so a restart resumes.
 * Each message has a once-only key ({@code dedup_key}, unique): the same notice for the same occasion is queued
 * once, however many instances or retries notice it. The features decide who hears what and call this package;
 * it imports none of them.
 *
 * <p><b>Sending</b> ({@link vn.ungcuu.mail.MailDispatcher}, every {@code ungcuu.mail.dispatch-every}). A due
 * message is claimed with {@code FOR UPDATE SKIP LOCKED}, in a transaction of its own, and stays locked while the
 * SMTP server takes it (the Quarkus Mailer, {@code quarkus.mailer.*}); it is marked SENT in the same transaction.
 * So instances sharing the database never send one message at once, and a crash between the server's answer and
 * the commit repeats at most that one message, with the same Message-ID (the row's id) so that mail programs can
 * tell the copy. A failure is recorded and retried after 2 s, doubling to 5 min, ±20 % jitter. A message still
 * unsent {@code give-up-after} (2 days) after it was queued, while the server took other messages (one more than
 * that long ago, and one since the message's previous attempt), is parked DEAD; an outage of the server itself
 * parks nothing, however long, and every waiting message goes out when it is back: the rule the webhooks learnt
 * ({@code vn.ungcuu.outbox}). Every attempt is a {@code mail_attempt} row. No log line carries a message's text,
 * only its id, kind and the server's answer; the Mailer's mock mode, which prints messages, is off.
 *
 * <p><b>Local mode</b>: with {@code ungcuu.mail.eml-folder} set (local mode sets it to
 * {@code ./ungcuu-data/mail} when no SMTP host is configured), each message is written there as an RFC 5322
 * {@code .eml} file ({@link vn.ungcuu.mail.EmlFile}) instead, by the same dispatcher with the same bookkeeping, so
 * that a newcomer reads the notices in any mail program without a mail server.
 *
 * <p>Shared plumbing: depends on no feature package.
 */
package vn.ungcuu.mail;
