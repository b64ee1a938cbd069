package vn.ungcuu.support;

import static io.restassured.RestAssured.given;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Requests as a given caller. */
public final class Api {

    public static final String PROBLEM_JSON = "application/problem+json";
    /** JSON merge patch; RestAssured would encode an unknown JSON type as ISO-8859-1 without the charset. */
    public static final String MERGE_PATCH = "application/merge-patch+json; charset=UTF-8";

    static {
        // every response a test receives is checked against openapi/openapi.yaml; REST Assured's global
        // filters survive Quarkus's per-test-class reset of port, base URI and config
        if (RestAssured.filters().stream().noneMatch(OpenApiContract.class::isInstance)) {
            RestAssured.filters(new OpenApiContract());
        }
    }

    private Api() {
    }

    public static RequestSpecification as(String token) {
        return given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON)
                .accept(ContentType.JSON);
    }

    public static RequestSpecification anonymous() {
        return given().contentType(ContentType.JSON);
    }
}
