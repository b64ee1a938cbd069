package vn.ungcuu.authority;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An authority as the API answers it. */
@Schema(name = "Authority")
public record AuthorityView(
        @Schema(example = "PA05") String code,
        @Schema(example = "Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao, Công an tỉnh")
        String nameVi,
        @Schema(nullable = true, example = "Provincial Police, Cybersecurity and High-tech Crime Prevention Division")
        String nameEn,
        List<AuthorityChannel> channels,
        boolean active,
        Instant createdAt,
        Instant updatedAt,
        @Schema(description = "Also the ETag", example = "0") long version) {

    static AuthorityView of(Authority authority) {
        return new AuthorityView(authority.code, authority.nameVi, authority.nameEn, Channels.read(authority.channels),
                authority.active, authority.createdAt, authority.updatedAt, authority.version);
    }
}
