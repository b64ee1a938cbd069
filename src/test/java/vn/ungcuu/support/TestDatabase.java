package vn.ungcuu.support;

import io.quarkus.test.common.QuarkusTestResource;

/** Registers {@link PostgresResource} once for every Quarkus test of the suite. */
@QuarkusTestResource(PostgresResource.class)
public final class TestDatabase {
    private TestDatabase() {
    }
}
