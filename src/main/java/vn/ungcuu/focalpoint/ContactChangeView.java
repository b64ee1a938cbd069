package vn.ungcuu.focalpoint;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One change of a unit's contacts, as the history shows it. */
@Schema(name = "UnitContactChange")
public record ContactChangeView(
        UUID id,
        ContactRole role,
        @Schema(nullable = true, example = "Lê Văn Bình") String name,
        @Schema(nullable = true, example = "Công chức văn hóa - xã hội") String title,
        @Schema(nullable = true, example = "0912 345 678") String phone,
        @Schema(nullable = true, example = "binh.lv@thanhhoa.gov.vn") String email,
        @Schema(nullable = true, example = "https://minhson.thanhhoa.gov.vn/phan-anh-su-co") String address,
        @Schema(description = "All contact fields null: the role was cleared") boolean cleared,
        @Schema(description = "Who changed it (token sub)") String changedBy,
        Instant changedAt) {

    static ContactChangeView of(ContactChange change) {
        return new ContactChangeView(change.id, change.role, change.name, change.title, change.phone, change.email,
                change.address, change.name == null && change.title == null && change.phone == null
                        && change.email == null && change.address == null,
                change.changedBy, change.changedAt);
    }
}
