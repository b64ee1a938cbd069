package vn.ungcuu.incident;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Whether and how the incident touched personal data (Law 91/2025/QH15, Decree 356/2025/NĐ-CP): it starts the
 * regime's personal-data obligations and marks the incident's records for keeping.
 */
@Schema(name = "PersonalData", description = "Personal data the incident touched. affected true starts the "
        + "regime's personal-data obligations (vn-2026: PDP_NOTICE when it may harm the subjects, "
        + "PDP_SUBJECTS_NOTICE for location or biometric data) and keeps the incident's records for the regime's "
        + "retention period (retainUntil)")
public record PersonalData(
        @NotNull @Schema(example = "true") Boolean affected,
        @Size(max = 5) @Schema(nullable = true, example = "[\"BASIC\", \"LOCATION\"]")
        Set<@NotNull PersonalDataCategory> categories,
        @Min(0) @Max(1_000_000_000) @Schema(nullable = true, description = "How many people, an estimate",
                example = "12000") Long subjects,
        @Size(max = 20) @Schema(nullable = true, description = "What data, in plain words",
                example = "[\"Họ tên\", \"Số định danh cá nhân\", \"Địa chỉ thường trú\"]")
        List<@NotBlank @Size(max = 200) String> dataTypes,
        @Schema(nullable = true, description = "The breach may harm the data subjects", example = "true")
        Boolean mayHarmSubjects) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The answers a regime's personal-data conditions name: personalData, mayHarmSubjects, each category. */
    Set<String> facts() {
        Set<String> facts = new LinkedHashSet<>();
        if (Boolean.TRUE.equals(affected)) {
            facts.add("personalData");
            if (Boolean.TRUE.equals(mayHarmSubjects)) {
                facts.add("mayHarmSubjects");
            }
            if (categories != null) {
                categories.forEach(category -> facts.add(category.name()));
            }
        }
        return facts;
    }

    static PersonalData parse(String json) {
        try {
            return json == null ? null : JSON.readValue(json, PersonalData.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored personal data unreadable", e);
        }
    }

    String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
