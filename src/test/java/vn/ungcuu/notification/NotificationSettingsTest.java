package vn.ungcuu.notification;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ungcuu.notification.People.Person;
import vn.ungcuu.security.Roles;
import vn.ungcuu.support.Api;
import vn.ungcuu.support.Tokens;

/** {@code GET} and {@code PUT /api/v1/people/me/notifications}: anyone signed in, for themselves. */
@QuarkusTest
class NotificationSettingsTest {

    static final String PATH = "/api/v1/people/me/notifications";

    @Test
    void emailIsOnUntilThePersonTurnsItOffAndTheChangeIsAudited() {
        Person responder = People.unknown(Roles.RESPONDER, null, "Nguyễn Văn An", People.address("tat-thu"));
        Api.as(responder.token()).get(PATH).then().statusCode(200).body("email", equalTo(true));
        Api.as(responder.token()).body(Map.of("email", false)).put(PATH).then().statusCode(200)
                .body("email", equalTo(false));
        Api.as(responder.token()).get(PATH).then().statusCode(200).body("email", equalTo(false));
        Api.as(responder.token()).body(Map.of("email", false)).put(PATH).then().statusCode(200)
                .body("email", equalTo(false));
        Api.as(Tokens.auditor()).queryParam("entityType", "PERSON").queryParam("entityId", responder.id())
                .get("/api/v1/audit").then().statusCode(200)
                .body("items.action", equalTo(List.of("CREATE", "NOTIFICATIONS_CHANGED")))
                .body("items[1].actor", equalTo(responder.id()))
                .body("items[1].changes[0].field", equalTo("emailNotifications"))
                .body("items[1].changes[0].to", equalTo(false));
        Api.as(responder.token()).body(Map.of("email", true)).put(PATH).then().statusCode(200)
                .body("email", equalTo(true));
        // a reporter too: everyone signed in chooses for themselves
        String reporter = Tokens.reporter(People.communeWithFocalPoint(People.address("dau-moi")));
        Api.as(reporter).body(Map.of("email", false)).put(PATH).then().statusCode(200).body("email", equalTo(false));
    }

    @Test
    void withoutATokenThereIsNobodyToChooseFor() {
        Api.anonymous().get(PATH).then().statusCode(401).contentType(Api.PROBLEM_JSON);
        Api.anonymous().body(Map.of("email", false)).put(PATH).then().statusCode(401).contentType(Api.PROBLEM_JSON);
    }

    @Test
    void aChoiceMustBeSaidPlainly() {
        String coordinator = Tokens.coordinator();
        Api.as(coordinator).body(Map.of()).put(PATH).then().statusCode(400).contentType(Api.PROBLEM_JSON)
                .body("errors.field", hasItem("email"));
        Api.as(coordinator).body(Map.of("email", "no")).put(PATH).then().statusCode(400)
                .contentType(Api.PROBLEM_JSON);
        Api.as(coordinator).body(Map.of("email", false, "sms", true)).put(PATH).then().statusCode(400)
                .contentType(Api.PROBLEM_JSON);
        Api.as(coordinator).body("null").put(PATH).then().statusCode(400).contentType(Api.PROBLEM_JSON);
        Api.as(coordinator).get(PATH).then().statusCode(200).body("email", equalTo(true));
    }
}
