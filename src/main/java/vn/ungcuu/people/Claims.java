package vn.ungcuu.people;

import java.util.List;
import java.util.Objects;
import vn.ungcuu.security.CurrentUser;
import vn.ungcuu.security.Roles;

/** What the directory keeps of a token: compared whole to decide whether anything changed. */
record Claims(String id, String name, String email, String unitCode, List<String> roles) {

    /** The caller's claims as the directory keeps them: the service's roles only, long values shortened. */
    static Claims of(CurrentUser user) {
        return new Claims(user.id(), cut(user.displayName(), 255), user.email().map(email -> cut(email, 320))
                .orElse(null), user.unitCode().orElse(null),
                user.roles().stream().filter(Roles.ALL::contains).sorted().toList());
    }

    /** A claim longer than the directory keeps is kept shortened (a name is for showing). */
    private static String cut(String value, int length) {
        return value.length() <= length ? value : value.substring(0, length);
    }

    boolean sameAs(PersonView person) {
        return person != null && name.equals(person.name()) && Objects.equals(email, person.email())
                && Objects.equals(unitCode, person.unitCode()) && roles.equals(person.roles());
    }
}
