package vn.ungcuu.people;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A person's choice of notifications ({@code GET} and {@code PUT /api/v1/people/me/notifications}). */
@Schema(name = "NotificationSettings", description = "Whether the service e-mails you. Warnings that a legal "
        + "deadline is near or has passed are sent whatever you choose.")
public record NotificationSettings(
        @NotNull @Schema(required = true, description = "false: no e-mail except legal-deadline warnings (an "
                + "obligation due soon or breached)", example = "false") Boolean email) {
}
