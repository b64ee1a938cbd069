package vn.ungcuu.people;

import java.util.List;
import java.util.Objects;

/** What the directory keeps of a token: compared whole to decide whether anything changed. */
record Claims(String id, String name, String email, String unitCode, List<String> roles) {

    boolean sameAs(PersonView person) {
        return person != null && name.equals(person.name()) && Objects.equals(email, person.email())
                && Objects.equals(unitCode, person.unitCode()) && roles.equals(person.roles());
    }
}
