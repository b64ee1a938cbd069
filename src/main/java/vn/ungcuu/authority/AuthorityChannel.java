package vn.ungcuu.authority;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One way to reach an authority. The constraints are checked by {@link Channels} (so that errors name
 * {@code channels[i].value}); an EMAIL value must be an e-mail address, a PHONE one a telephone number, a PORTAL
 * one an http(s) address.
 */
@Schema(name = "AuthorityChannel")
public record AuthorityChannel(
        @NotNull @Schema(example = "EMAIL") AuthorityChannelType type,
        @NotBlank @Size(max = AuthorityChannel.VALUE_MAX)
        @Schema(description = "The address, number or identifier, as the type says",
                example = "pa05@congan.thanhhoa.gov.vn") String value,
        @Size(max = AuthorityChannel.NOTE_MAX)
        @Schema(nullable = true, example = "Trực 24/7; gửi kèm văn bản qua hệ thống quản lý văn bản") String note) {

    public static final int VALUE_MAX = 500;
    public static final int NOTE_MAX = 500;
}
