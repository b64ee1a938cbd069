package vn.ungcuu.playbook;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ungcuu.incident.Category;

/** A playbook (or one of its past versions) as the API answers it. */
@Schema(name = "Playbook")
public record PlaybookView(
        UUID id,
        @Schema(example = "RANSOMWARE") Category category,
        @Schema(example = "Kịch bản ứng cứu sự cố mã hóa dữ liệu tống tiền (ransomware)") String name,
        List<PlaybookStep> steps,
        @Schema(description = "1 at creation, one more on every change; also the ETag. Past versions stay "
                + "readable with ?version=", example = "3") int version,
        @Schema(description = "The playbook triage uses for its category (in this version)") boolean active,
        Instant createdAt,
        @Schema(description = "When this version was written") Instant updatedAt,
        @Schema(description = "Who wrote this version (token sub; system for the shipped defaults)") String updatedBy) {

    static PlaybookView of(Playbook playbook) {
        return new PlaybookView(playbook.id, playbook.category, playbook.name, Steps.read(playbook.steps),
                playbook.version, playbook.active, playbook.createdAt, playbook.updatedAt, playbook.updatedBy);
    }

    static PlaybookView of(PlaybookVersion version, Instant createdAt) {
        return new PlaybookView(version.playbookId, version.category, version.name, Steps.read(version.steps),
                version.version, version.active, createdAt, version.createdAt, version.createdBy);
    }
}
