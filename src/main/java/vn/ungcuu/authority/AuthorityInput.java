package vn.ungcuu.authority;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An authority as written by an administrator ({@code POST /authorities}, {@code PUT /authorities/{code}}). */
@Schema(name = "AuthorityInput", description = "PUT replaces the names, the channels and active; the code never "
        + "changes.")
public record AuthorityInput(
        @Pattern(regexp = AuthorityInput.CODE_PATTERN, message = AuthorityInput.CODE_RULE)
        @Schema(description = "Required on POST; on PUT it may be omitted or must equal the path", example = "PA05")
        String code,
        @NotBlank @Size(max = AuthorityInput.NAME_MAX)
        @Schema(example = "Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao, Công an tỉnh")
        String nameVi,
        @Size(max = AuthorityInput.NAME_MAX)
        @Pattern(regexp = "\\s*\\S[\\s\\S]*", message = "must not be blank when given")
        @Schema(nullable = true, example = "Provincial Police, Cybersecurity and High-tech Crime Prevention Division")
        String nameEn,
        @NotNull @Size(max = AuthorityInput.MAX_CHANNELS)
        @Schema(description = "How to reach the authority, in order of preference; [] when none is known yet")
        List<AuthorityChannel> channels,
        @Schema(description = "Whether reports may be addressed to it (default true); an authority no longer in use "
                + "is deactivated, never deleted") Boolean active) {

    public static final String CODE_PATTERN = "^[A-Z][A-Z0-9-]{1,39}$";
    public static final String CODE_RULE = "must be 2-40 characters of A-Z, 0-9 and -, starting with a letter";
    public static final int NAME_MAX = 300;
    public static final int MAX_CHANNELS = 20;

    /** Active unless it says false: the default of create and replace alike. */
    boolean isActive() {
        return active == null || active;
    }
}
