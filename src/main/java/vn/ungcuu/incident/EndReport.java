package vn.ungcuu.incident;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The end-of-response report a coordinator files when closing an incident. */
@Schema(name = "EndReport")
public record EndReport(
        @NotBlank @Size(max = 20000) @Schema(example = "Đã gỡ mã độc, khôi phục dữ liệu từ bản sao lưu") String summary,
        @NotBlank @Size(max = 20000) @Schema(example = "Máy trạm mở tệp đính kèm thư giả mạo") String rootCause,
        @NotBlank @Size(max = 20000) @Schema(example = "Tập huấn nhận diện thư lừa đảo cho cán bộ") String lessonsLearned) {
}
