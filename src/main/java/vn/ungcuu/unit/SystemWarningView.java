package vn.ungcuu.unit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A warning of the register on a system, with what it means and the rule it comes from. */
@Schema(name = "SystemWarning")
public record SystemWarningView(
        SystemWarning code,
        @Schema(example = "Hệ thống giải quyết thủ tục hành chính phải được xác định từ cấp độ 3 trở lên")
        String message,
        @Schema(example = "Nghị định 331/2026/NĐ-CP, Điều 11-15 (tiêu chí xác định cấp độ 3)") String legalBasis) {

    static SystemWarningView of(SystemWarning warning) {
        return new SystemWarningView(warning, warning.message(), warning.legalBasis());
    }
}
