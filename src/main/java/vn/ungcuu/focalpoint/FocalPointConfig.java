package vn.ungcuu.focalpoint;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Focal-point register settings ({@code ungcuu.focal-points.*}, env {@code UNGCUU_FOCAL_POINTS_*}). */
@ConfigMapping(prefix = "ungcuu.focal-points")
public interface FocalPointConfig {

    /**
     * How long after a change of focal point its declaration to the authority is due. The legacy rule (Circular
     * 20/2017/TT-BTTTT, the plan) says 24 hours; the 2026 decrees fine a focal point not declared or updated
     * (Decree 330/2026/NĐ-CP Art. 21) without a duration of their own, so the deploying body may set another.
     */
    @WithDefault("PT24H")
    Duration declarationWithin();
}
