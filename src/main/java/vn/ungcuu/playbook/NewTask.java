package vn.ungcuu.playbook;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A task added by hand ({@code POST /incidents/{id}/tasks}). */
@Schema(name = "NewTask")
public record NewTask(
        @NotBlank @Size(max = PlaybookStep.TITLE_MAX) @Schema(example = "Thu thập nhật ký máy chủ web 7 ngày gần nhất")
        String title,
        @Size(max = PlaybookStep.DESCRIPTION_MAX) String description,
        @Size(min = 1, max = 255) @Schema(description = "Who should do it (token sub)", example = "u-responder-7")
        String assignee) {
}
