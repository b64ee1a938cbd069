package vn.ungcuu.preparedness;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A file of a preparedness record; the bytes are at {@code .../attachments/{attachmentId}}. */
@Schema(name = "PreparednessAttachment")
public record PreparednessAttachmentView(
        UUID id,
        @Schema(example = "bien-ban-dien-tap.pdf") String filename,
        @Schema(example = "application/pdf") String contentType,
        @Schema(description = "Size in bytes", example = "183402") long size,
        @Schema(description = "Lower-case hex SHA-256 of the bytes; also the download's ETag",
                example = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
                pattern = "^[0-9a-f]{64}$") String sha256,
        @Schema(description = "Who attached it (token sub)") String uploadedBy,
        Instant uploadedAt) {

    static PreparednessAttachmentView of(PreparednessAttachment attachment) {
        return new PreparednessAttachmentView(attachment.id, attachment.filename, attachment.contentType,
                attachment.size, attachment.sha256, attachment.uploadedBy, attachment.uploadedAt);
    }
}
