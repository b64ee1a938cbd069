package vn.ungcuu.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.time.ZoneId;

/** The service's own settings ({@code ungcuu.*}, env {@code UNGCUU_*}). */
@ConfigMapping(prefix = "ungcuu")
public interface UngCuuConfig {

    /** The district's time zone: it decides the year in an incident reference and report periods. */
    @WithDefault("Asia/Ho_Chi_Minh")
    ZoneId timeZone();

    /**
     * The largest JSON (any non-multipart) request body (413 above it). Multipart uploads are bounded by
     * {@code quarkus.http.limits.max-body-size}, the server's ceiling, and by their endpoint.
     */
    @WithDefault("1M")
    MemorySize jsonBodySize();

    /** The longest request URI, path and query (414 above it; the HTTP codec's own limit is higher). */
    @WithDefault("8K")
    MemorySize maxUriLength();

    /** The most header bytes a request may carry (431 above it; the HTTP codec's own limit is higher). */
    @WithDefault("16K")
    MemorySize maxHeaderSize();

    Deadlines deadlines();

    Regimes regimes();

    Documents documents();

    Idempotency idempotency();

    Severity severity();

    OutboxSchedule outbox();

    StateSecret stateSecret();

    Notifications notifications();

    /** Who hears of what by e-mail, and when the watchers look (the notification package). */
    interface Notifications {
        /**
         * The coordinators' shared mailbox(es): told of every new incident, escalation step, official report and
         * breach, and sent the daily digest. Not persons: nobody opts them out. Unset: none of those messages.
         */
        java.util.Optional<java.util.List<String>> coordinators();

        /** How often the due-soon watcher (and the digest's clock) looks ({@code off} disables it here). */
        @WithDefault("1m")
        String checkEvery();

        /**
         * When to warn before an obligation's due time: a share of its time gone ({@code 50%}) or a duration before
         * it is due ({@code PT2H}); each once per obligation.
         */
        @WithDefault("50%,PT2H")
        java.util.List<String> dueSoonLeads();

        /** The district's local time of the coordinators' daily digest. */
        @WithDefault("07:30")
        java.time.LocalTime digestAt();
    }

    Mail mail();

    /**
     * Sending the queued e-mail ({@code mail/MailDispatcher}); the SMTP server and the sender address are the
     * Quarkus Mailer's {@code quarkus.mailer.*}.
     */
    interface Mail {
        /** How often the dispatcher runs on each instance ({@code off} disables it there). */
        @WithDefault("5s")
        String dispatchEvery();

        /** Messages sent per dispatcher run and instance, each in its own transaction. */
        @WithDefault("20")
        int batchSize();

        /** First retry delay; each later one doubles, with ±20 % jitter, up to {@link #maxBackoff()}. */
        @WithDefault("2s")
        Duration initialBackoff();

        @WithDefault("5m")
        Duration maxBackoff();

        /**
         * A message still unsent this long after it was queued, while the server took other messages, is parked
         * as DEAD; an outage of the server itself parks nothing, however long it lasts.
         */
        @WithDefault("P2D")
        Duration giveUpAfter();

        /** Set: each message is written there as an {@code .eml} file instead of being sent (local mode). */
        java.util.Optional<String> emlFolder();
    }

    interface StateSecret {
        /** The longest description a state-secret incident may keep (a summary, not the material). */
        @WithDefault("500")
        int summaryMaxLength();
    }

    interface Severity {
        /** The criteria file stored at start (a new version needs a new number inside the file). */
        @WithDefault("severity/criteria-v1.json")
        String criteriaResource();
    }

    /** How often the outbox jobs run on each instance ({@code off} disables one). */
    interface OutboxSchedule {
        @WithDefault("2s")
        String dispatchEvery();

        @WithDefault("1s")
        String sequenceEvery();
    }

    interface Deadlines {
        // the durations are the regimes' (src/main/resources/regimes); only the watcher's period is a setting
        /** How often the breach check runs. */
        @WithDefault("60s")
        String checkEvery();
    }

    interface Regimes {
        /** The regime files stored at start (a changed rule needs a new version inside its file). */
        @WithDefault("regimes/vn-2017.json,regimes/vn-2026.json")
        java.util.List<String> files();

        /**
         * The deploying body's dates, overriding a file's: {@code id=from/to} in local dates, the end
         * exclusive and empty when open, e.g. {@code vn-2017=2017-03-16/2026-08-01,vn-2026=2026-08-01/}.
         */
        java.util.Optional<java.util.List<String>> inForce();

        /** How long an obligation due "immediately" gives (due this long after its start point). */
        @WithDefault("PT1H")
        Duration immediateAllowance();
    }

    interface Idempotency {
        /** How long an Idempotency-Key and its response are kept (at least 24 hours by contract). */
        @WithDefault("PT24H")
        Duration retention();
    }

    interface Documents {
        /**
         * The document template files stored at start, one per document kind and regime (a changed wording needs
         * a new version inside its file); documents use each template's latest stored version.
         */
        @WithDefault("documents/templates/vn-2017.INITIAL_REPORT.json,documents/templates/vn-2017.END_REPORT.json,"
                + "documents/templates/vn-2017.SUMMARY.json,documents/templates/vn-2026.IMMEDIATE_NOTICE.json,"
                + "documents/templates/vn-2026.INITIAL_NOTICE.json,documents/templates/vn-2026.REPORT_72H.json,"
                + "documents/templates/vn-2026.UPDATE_REPORT.json,documents/templates/vn-2026.CLOSING_REPORT.json,"
                + "documents/templates/vn-2026.PDP_NOTICE.json,documents/templates/vn-2026.PDP_SUBJECTS_NOTICE.json,"
                + "documents/templates/vn-2026.SUMMARY.json,documents/templates/vn-2026.SYSTEMS_REPORT.json")
        java.util.List<String> templates();
    }
}
