package vn.ungcuu.support;

import io.quarkus.test.common.QuarkusTestResource;

/** Registers the real PostgreSQL and the webhook receiver once for every Quarkus test of the suite. */
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(WebhookReceiver.class)
public final class TestDatabase {
    private TestDatabase() {
    }
}
