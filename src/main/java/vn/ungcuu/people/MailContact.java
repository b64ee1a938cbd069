package vn.ungcuu.people;

import java.util.List;
import vn.ungcuu.security.CurrentUser;

/**
 * What a message needs of a person: their name (to say who did something), address (null when their token carried
 * none), roles, and whether they want e-mail.
 */
public record MailContact(String id, String name, String email, List<String> roles, boolean wantsEmail) {

    /** Staff, who read internal notes (the same rule as for a caller). */
    public boolean seesInternalNotes() {
        return CurrentUser.seesInternalNotes(roles);
    }
}
