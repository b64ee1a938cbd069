package vn.ungcuu.support;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;

/** What every refusal answers: an RFC 9457 problem+json document. */
public final class Problems {

    private Problems() {
    }

    /**
     * The response is a problem of the given status whose type is {@code urn:ungcuu:problem:<slug>}, with a
     * title and a detail; returned so that a test can check more (the fields named, the detail's words).
     */
    public static ValidatableResponse problem(Response response, int status, String slug) {
        return response.then()
                .statusCode(status)
                .contentType(Api.PROBLEM_JSON)
                .body("type", equalTo("urn:ungcuu:problem:" + slug))
                .body("status", equalTo(status))
                .body("title", not(nullValue()))
                .body("detail", not(nullValue()));
    }
}
