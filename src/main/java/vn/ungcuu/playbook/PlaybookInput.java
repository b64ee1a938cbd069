package vn.ungcuu.playbook;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ungcuu.incident.Category;

/** A playbook as written ({@code POST /playbooks}, {@code PUT /playbooks/{id}}). */
@Schema(name = "PlaybookInput", description = "PUT replaces name, steps and active; the category of a playbook "
        + "never changes (create another playbook for another category).")
public record PlaybookInput(
        @NotNull @Schema(example = "RANSOMWARE") Category category,
        @NotBlank @Size(max = 200) @Schema(example = "Kịch bản ứng cứu sự cố mã hóa dữ liệu tống tiền (ransomware)")
        String name,
        @NotNull @Size(min = 1, max = PlaybookService.MAX_STEPS) List<PlaybookStep> steps,
        @Schema(description = "Whether triage uses this playbook for its category (default true); at most one "
                + "active playbook per category") Boolean active) {
}
