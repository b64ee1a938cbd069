package vn.ungcuu.playbook;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A task as the API answers it. */
@Schema(name = "Task")
public record TaskView(
        UUID id,
        UUID incidentId,
        @Schema(example = "Cô lập ngay các máy bị nhiễm và bảo vệ bản sao lưu") String title,
        @Schema(nullable = true) String description,
        @Schema(nullable = true, description = "Who should do it (token sub)") String assignee,
        TaskStatus status,
        @Schema(nullable = true, description = "Why it was skipped, or any remark") String note,
        @Schema(nullable = true, description = "The playbook it came from; null for a task added by hand")
        UUID playbookId,
        @Schema(nullable = true, description = "The playbook version it came from", example = "1")
        Integer playbookVersion,
        @Schema(description = "Order on the incident, from 1", example = "1") int position,
        Instant createdAt,
        Instant updatedAt,
        @Schema(nullable = true, description = "When it was last marked DONE or SKIPPED") Instant completedAt,
        @Schema(description = "Optimistic-lock version, also the ETag") long version) {

    static TaskView of(IncidentTask task) {
        return new TaskView(task.id, task.incidentId, task.title, task.description, task.assignee, task.status,
                task.note, task.playbookId, task.playbookVersion, task.position, task.createdAt, task.updatedAt,
                task.completedAt, task.version);
    }
}
