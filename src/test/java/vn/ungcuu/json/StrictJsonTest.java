package vn.ungcuu.json;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.ungcuu.support.Problems.problem;
import static vn.ungcuu.support.Units.UNITS;
import static vn.ungcuu.support.Units.unitBody;
import static vn.ungcuu.support.Units.unitRows;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.ungcuu.support.Api;
import vn.ungcuu.support.Fixtures;
import vn.ungcuu.support.Tokens;

/**
 * How the service reads every JSON body ({@link StrictJson}, {@link NoNulStrings}): unknown fields, values of
 * the wrong type, unknown enum values, NUL characters, malformed, null and empty bodies are refused with a
 * 400 and write nothing. Shown on POST /units, a small body an administrator sends; the same reader serves
 * every endpoint.
 */
@QuarkusTest
class StrictJsonTest {

    @Inject
    DataSource dataSource;

    @Test
    void anUnknownFieldIs400() {
        String code = Fixtures.uniqueCode("XA");
        Map<String, Object> body = unitBody(code);
        body.put("colour", "red");
        problem(Api.as(Tokens.admin()).body(body).post(UNITS), 400, "validation")
                .body("errors.field", equalTo(List.of("colour")));
        assertEquals(0, unitRows(dataSource, code));
    }

    @Test
    void aWrongTypedBooleanIs400() {
        String code = Fixtures.uniqueCode("XA");
        Map<String, Object> body = unitBody(code);
        body.put("active", "yes");
        problem(Api.as(Tokens.admin()).body(body).post(UNITS), 400, "validation")
                .body("errors.field", equalTo(List.of("active")));
        assertEquals(0, unitRows(dataSource, code));
    }

    @ParameterizedTest
    @ValueSource(strings = {"VILLAGE", "commune", ""})
    void anUnknownTypeIs400NamingType(String type) {
        String code = Fixtures.uniqueCode("XA");
        Map<String, Object> body = unitBody(code);
        body.put("type", type);
        problem(Api.as(Tokens.admin()).body(body).post(UNITS), 400, "validation")
                .body("errors.field", equalTo(List.of("type")))
                .body("errors[0].message", containsString("COMMUNE"));
        assertEquals(0, unitRows(dataSource, code));
    }

    @Test
    void malformedJsonIs400() {
        problem(Api.as(Tokens.admin()).body("{\"code\": \"XA-1\", ").post(UNITS), 400, "malformed-request");
    }

    @Test
    void aNullBodyIs400() {
        problem(Api.as(Tokens.admin()).body("null").post(UNITS), 400, "validation")
                .body("errors.field", equalTo(List.of("body")));
    }

    @Test
    void anEmptyBodyIs400() {
        Response response = Api.as(Tokens.admin()).body("").post(UNITS);
        response.then().statusCode(400).contentType(Api.PROBLEM_JSON);
    }

    // Regression (found as a 500): a NUL character (\u0000) in any text field reaches PostgreSQL, which refuses it ("invalid byte
    // sequence for encoding UTF8: 0x00"); the DataException is answered 500 instead of a 400 for the field.
    @Test
    void aNulCharacterInTextIs400() {
        String code = Fixtures.uniqueCode("XA");
        Map<String, Object> body = unitBody(code);
        body.put("name", "UBND xã\u0000" + code);
        Api.as(Tokens.admin()).body(body).post(UNITS).then()
                .statusCode(400)
                .contentType(Api.PROBLEM_JSON);
        assertEquals(0, unitRows(dataSource, code));
    }
}
