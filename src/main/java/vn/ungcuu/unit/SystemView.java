package vn.ungcuu.unit;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An information system as the API answers it. */
@Schema(name = "InformationSystem")
public record SystemView(
        UUID id,
        @Schema(example = "XA-MINHSON") String unitCode,
        @Schema(example = "Cổng thông tin điện tử xã") String name,
        @Schema(example = "2") int securityLevel,
        boolean nationalCritical,
        boolean internetFacing,
        LevelDossier levelDossier,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    static SystemView of(InformationSystem system) {
        return new SystemView(system.id, system.unitCode, system.name, system.securityLevel, system.nationalCritical,
                system.internetFacing, system.levelDossier, system.createdAt, system.updatedAt, system.version);
    }
}
