package vn.ungcuu.playbook;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One step of a playbook; at triage it becomes a task with the same title and description. The
 * constraints are checked by {@link PlaybookService} (so that errors name {@code steps[i].title}).
 */
@Schema(name = "PlaybookStep")
public record PlaybookStep(
        @NotBlank @Size(max = PlaybookStep.TITLE_MAX)
        @Schema(example = "Cô lập ngay các máy bị nhiễm") String title,
        @Size(max = PlaybookStep.DESCRIPTION_MAX) @Schema(nullable = true,
                example = "Rút cáp mạng, tắt Wi-Fi, ngắt các ổ đĩa mạng dùng chung; không tắt nguồn máy.")
        String description) {

    public static final int TITLE_MAX = 200;
    public static final int DESCRIPTION_MAX = 4000;
}
