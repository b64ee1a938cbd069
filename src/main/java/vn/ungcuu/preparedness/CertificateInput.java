package vn.ungcuu.preparedness;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A certificate a training gave, as recorded. */
@Schema(name = "TrainingCertificateInput")
public record CertificateInput(
        @NotBlank @Size(max = 200) @Schema(example = "Lê Thị Hoa") String holderName,
        @Size(max = 100) @Schema(nullable = true, example = "ATTT-2026-0153") String certificateNumber,
        @Size(max = 300) @Schema(nullable = true, example = "Trung tâm Giám sát an toàn không gian mạng quốc gia")
        String issuedBy,
        @Schema(nullable = true, description = "The information system the holder administers, when the certificate "
                + "is the one Law 116/2025 Art. 34.2 requires of the administrators of level 3-5 systems")
        UUID systemId) {
}
