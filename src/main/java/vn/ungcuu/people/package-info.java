/**
 * The people directory: the names behind the token subjects the rest of the service records (assignees, actors,
 * reporters), filled from the claims of each caller's token. The identity provider stays the source of truth: a
 * person is written after the first call the service answers successfully (a refused request changes nothing) and
 * whenever their claims change, audited as {@code PERSON} by actor {@code system} (the person did nothing; the
 * service wrote down what the identity provider said). A per-instance memory of what was last written keeps every
 * other request free of writes. Nobody edits it by hand.
 *
 * <p>The one thing a person sets here is their own: whether the service e-mails them
 * ({@code PUT /api/v1/people/me/notifications}, audited as {@code NOTIFICATIONS_CHANGED} by the person). Choosing
 * notes the caller first when the directory does not know them yet, in the same transaction, since the choice lives
 * on their row. The notifications read addresses, roles and the choice through {@link
 * vn.ungcuu.people.MailContact}; the directory knows nothing of what is sent.
 */
package vn.ungcuu.people;
