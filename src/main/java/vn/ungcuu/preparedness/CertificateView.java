package vn.ungcuu.preparedness;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A certificate a training gave, with the level its system had when it was recorded. */
@Schema(name = "TrainingCertificate")
public record CertificateView(
        @Schema(example = "Lê Thị Hoa") String holderName,
        @Schema(nullable = true, example = "ATTT-2026-0153") String certificateNumber,
        @Schema(nullable = true, example = "Trung tâm Giám sát an toàn không gian mạng quốc gia") String issuedBy,
        @Schema(nullable = true) UUID systemId,
        @Schema(nullable = true, example = "3", description = "The system's security level when the certificate "
                + "was recorded; 3-5: a certificate Law 116/2025 Art. 34.2 requires") Integer systemLevel) {

    /** Law 116/2025 Art. 34.2: the administrators of systems of level 3 to 5 must hold such a certificate. */
    static final int REQUIRED_FROM_LEVEL = 3;

    boolean requiredByLaw() {
        return systemLevel != null && systemLevel >= REQUIRED_FROM_LEVEL;
    }
}
