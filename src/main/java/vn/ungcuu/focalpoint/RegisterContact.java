package vn.ungcuu.focalpoint;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A 24/7 contact or an incident-intake address, as written ({@code PUT /units/{code}/contacts/{role}}). */
@Schema(name = "RegisterContact", description = "At least one of phone, email and address")
public record RegisterContact(
        @Size(max = 200) @Schema(nullable = true, description = "The person or the desk",
                example = "Trực ban an ninh mạng xã") String name,
        @Size(max = 200) @Schema(nullable = true, example = "Công chức văn hóa - xã hội") String title,
        @Size(max = 50) @Pattern(regexp = "^[0-9+() .-]{3,50}$", message = "must be a phone number")
        @Schema(nullable = true, example = "0237 3871 113") String phone,
        @Size(max = 254) @Email @Schema(nullable = true, example = "tiepnhan.minhson@thanhhoa.gov.vn") String email,
        @Size(max = 500) @Schema(nullable = true, description = "A web form or an office's address",
                example = "https://minhson.thanhhoa.gov.vn/phan-anh-su-co") String address) {

    boolean reachable() {
        return phone != null || email != null || address != null;
    }
}
