package vn.ungcuu.people;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Person", description = "A person as their token last named them")
public record PersonView(
        @Schema(required = true, description = "The token subject (sub): what assignee and actor fields hold",
                examples = "responder-nguyen-van-an") String id,
        @Schema(required = true, description = "The name claim (or preferred_username, or the id)",
                examples = "Nguyễn Văn An") String name,
        @Schema(required = true, nullable = true, description = "The email claim") String email,
        @Schema(required = true, nullable = true, description = "The unit claim (reporters)") String unitCode,
        @Schema(required = true, description = "The service's roles the token carried") List<String> roles,
        @Schema(required = true, description = "When the person first called") Instant firstSeenAt,
        @Schema(required = true, description = "When their claims last changed") Instant updatedAt) {
}
