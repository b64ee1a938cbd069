package vn.ungcuu.evidence;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Evidence settings ({@code ungcuu.evidence.*}, env {@code UNGCUU_EVIDENCE_*}). */
@ConfigMapping(prefix = "ungcuu.evidence")
public interface EvidenceConfig {

    /**
     * The largest file one attachment may have (413 above it). The server's ceiling
     * {@code quarkus.http.limits.max-body-size} must leave room for it plus the multipart framing;
     * the service refuses to start otherwise.
     */
    @WithDefault("20M")
    MemorySize maxSize();
}
