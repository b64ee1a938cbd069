/**
 * Notifications: who hears what by e-mail, the words they read, and when. Only queued here, with
 * {@link vn.ungcuu.mail.MailOutbox#enqueue} in the transaction of the change they tell of (no message for a change
 * rolled back); the mail package sends them.
 *
 * <p><b>Who hears what.</b> {@code AuditNotices} reads every incident's audit entry ({@code audit/AuditRecorded},
 * synchronous, in the change's transaction): a new incident, an assignee set, a provincial step, an official
 * report, a comment or internal note, a breach. Reacting to the audit rather than to each feature's events keeps this
 * package a reader of the others, never a dependency of theirs, and hears every change the audit holds: nothing is
 * done without an entry. {@code DueSoonWarnings} and {@code DailyDigest} run on the notifications' clock
 * ({@code NotificationWatch}). Addresses come from the people directory (persons by id) and the unit's focal point;
 * the coordinators' mailbox is configuration. Two rules hold for every message ({@code Recipients}): nobody is told
 * of their own change, and a person who turned e-mail off ({@code PUT /api/v1/people/me/notifications}) gets only
 * legal-deadline warnings (due soon, breached), which nobody may turn off.
 *
 * <p><b>Once only.</b> Each message has a dedup key, unique in the outbox: {@code audit:<entry>:<kind>} for a change,
 * {@code due-soon:<incident>:<obligation>:<lead>:<due>} for a warning, {@code digest:<local date>} for the digest.
 * Several instances may notice the same thing; the outbox keeps the first.
 *
 * <p><b>What a message may say.</b> {@code Notices} builds what the templates see, so a template cannot leak what
 * the rules forbid: a TLP:RED incident's messages hold its reference, the link and the kind of notice, nothing else;
 * a state-secret incident's never hold its title, description or anything people wrote about it (comments, notes,
 * the provincial team's messages): e-mail is not a channel for state secrets, and a title often says the secret.
 * An internal note's text goes to staff only. The words are Qute templates
 * ({@code src/main/resources/templates/notification/}), Vietnamese first and English after, plain text and HTML
 * (which escapes every value); times in the district's zone; the incident's link in the web app
 * ({@code ungcuu.web.base-url}).
 */
package vn.ungcuu.notification;
