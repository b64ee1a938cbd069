/**
 * The people directory: the names behind the token subjects the rest of the service records (assignees, actors,
 * reporters), filled from the claims of each caller's token. The identity provider stays the source of truth: a
 * person is written after the first call the service answers successfully (a refused request changes nothing) and
 * whenever their claims change, audited as {@code PERSON} by actor {@code system} (the person did nothing; the
 * service wrote down what the identity provider said). A per-instance memory of what was last written keeps every
 * other request free of writes. Nobody edits it by hand.
 */
package vn.ungcuu.people;
