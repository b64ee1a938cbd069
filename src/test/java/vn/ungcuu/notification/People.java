package vn.ungcuu.notification;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.ungcuu.security.Roles;
import vn.ungcuu.support.Api;
import vn.ungcuu.support.Fixtures;
import vn.ungcuu.support.Tokens;

/** People with their own addresses, known to the directory, and units whose focal point has an address. */
final class People {

    static final String MAILBOX = "dieuphoi@ungcuu.test";

    private People() {
    }

    /** A person's token, with a name and an address of their own. */
    record Person(String id, String name, String email, String token) {
    }

    static String address(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@ungcuu.test";
    }

    /** A person the directory knows (they called once), holding the role; a reporter of the unit. */
    static Person known(String role, String unit, String name) {
        Person person = unknown(role, unit, name, address(role));
        Api.as(person.token()).get("/api/v1/people/me/notifications").then().statusCode(200);
        return person;
    }

    /** A person with a token, who has not called yet: the directory does not know them. */
    static Person unknown(String role, String unit, String name, String email) {
        String id = role + "-" + UUID.randomUUID().toString().substring(0, 8);
        return new Person(id, name, email, Tokens.person(id, name, email, List.of(role),
                Roles.REPORTER.equals(role) ? unit : null));
    }

    /** A commune whose focal point has this address; its code. */
    static String communeWithFocalPoint(String address) {
        String code = Fixtures.uniqueCode("XA");
        Api.as(Tokens.admin()).body(Map.of("code", code, "name", "UBND xã " + code, "type", "COMMUNE",
                        "focalPoint", Map.of("name", "Lê Văn Bình", "phone", "0912 345 678", "email", address)))
                .post("/api/v1/units").then().statusCode(201);
        return code;
    }

    /** Turns the person's e-mail off (or on). */
    static void chooseEmail(Person person, boolean email) {
        Api.as(person.token()).body(Map.of("email", email)).put("/api/v1/people/me/notifications").then()
                .statusCode(200);
    }
}
