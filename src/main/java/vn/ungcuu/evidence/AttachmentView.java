package vn.ungcuu.evidence;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An attachment as the API shows it; the bytes are at {@code .../attachments/{id}}. */
@Schema(name = "Attachment")
public record AttachmentView(
        UUID id,
        @Schema(description = "The file's name as given, without directories, control characters or quotes",
                example = "nhat-ky-may-chu.log") String filename,
        @Schema(description = "The media type given with the file, or application/octet-stream",
                example = "text/plain") String contentType,
        @Schema(description = "Size in bytes", example = "48213") long size,
        @Schema(description = "Lower-case hex SHA-256 of the bytes; also the download's ETag",
                example = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
                pattern = "^[0-9a-f]{64}$") String sha256,
        @Schema(description = "Who attached it (token sub)") String uploadedBy,
        Instant uploadedAt) {

    static AttachmentView of(Attachment attachment) {
        return new AttachmentView(attachment.id, attachment.filename, attachment.contentType, attachment.size,
                attachment.sha256, attachment.uploadedBy, attachment.uploadedAt);
    }
}
