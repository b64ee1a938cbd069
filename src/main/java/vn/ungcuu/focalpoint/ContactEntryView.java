package vn.ungcuu.focalpoint;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One of a unit's contacts now, since when, and when it was last declared. */
@Schema(name = "UnitContactEntry")
public record ContactEntryView(
        ContactRole role,
        @Schema(nullable = true, example = "Lê Văn Bình") String name,
        @Schema(nullable = true, example = "Công chức văn hóa - xã hội") String title,
        @Schema(nullable = true, example = "0912 345 678") String phone,
        @Schema(nullable = true, example = "binh.lv@thanhhoa.gov.vn") String email,
        @Schema(nullable = true, example = "https://minhson.thanhhoa.gov.vn/phan-anh-su-co") String address,
        @Schema(nullable = true, description = "When the contact became what it is; null when it has not changed "
                + "since the register began") Instant since,
        @Schema(nullable = true, description = "The latest declaration to the authority at or after since; null when "
                + "the contact as it is now was never declared") Instant declaredAt,
        @Schema(description = "The contact as it is now was declared (declaredAt is not null)") boolean declared) {
}
