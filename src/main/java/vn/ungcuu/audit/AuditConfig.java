package vn.ungcuu.audit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The audit chain's settings ({@code ungcuu.audit.*}, env {@code UNGCUU_AUDIT_*}). */
@ConfigMapping(prefix = "ungcuu.audit")
public interface AuditConfig {

    /** How often each instance seals committed entries into the chain ({@code off} disables it). */
    @WithDefault("1s")
    String sealEvery();

    /** Entries sealed per transaction; a run takes batches until none is left. */
    @WithDefault("500")
    int sealBatchSize();
}
