package vn.ungcuu.comment;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A comment as the API answers it. */
@Schema(name = "Comment")
public record CommentView(UUID id, UUID incidentId, @Schema(description = "The author's id (token sub)") String author,
        String authorName, String body, boolean internal, Instant createdAt) {

    static CommentView of(Comment comment) {
        return new CommentView(comment.id, comment.incidentId, comment.author, comment.authorName, comment.body,
                comment.internal, comment.createdAt);
    }
}
