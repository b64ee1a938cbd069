package vn.ungcuu.unit;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A contact person in requests and answers. */
@Schema(name = "Contact")
public record ContactData(
        @NotBlank @Size(max = 200) @Schema(example = "Nguyễn Văn An") String name,
        @Size(max = 200) @Schema(nullable = true, example = "Cán bộ văn hóa - thông tin") String title,
        @Size(max = 50) @Pattern(regexp = "^[0-9+() .-]{3,50}$", message = "must be a phone number")
        @Schema(nullable = true, example = "0912 345 678") String phone,
        @Size(max = 254) @Email @Schema(nullable = true, example = "an.nv@ngoclac.thanhhoa.gov.vn") String email) {
}
