package vn.ungcuu.preparedness;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A preparedness record as the API answers it: the common fields, then those of its kind (null for others). */
@Schema(name = "PreparednessRecord")
public record PreparednessRecordView(
        UUID id,
        RecordKind kind,
        @Schema(example = "XA-MINHSON") String unitCode,
        @Schema(example = "Diễn tập ứng cứu sự cố mã độc tống tiền năm 2026") String title,
        @Schema(example = "2026-09-15") LocalDate heldOn,
        @Schema(nullable = true, example = "Có sự tham gia của Đội ứng cứu sự cố tỉnh") String note,
        @Schema(nullable = true) DrillScope drillScope,
        @Schema(nullable = true, example = "Máy chủ một cửa điện tử bị mã hóa dữ liệu, yêu cầu tiền chuộc")
        String scenario,
        @Schema(description = "DRILL: the other units that took part; [] for other kinds")
        List<String> participatingUnits,
        @Schema(nullable = true, example = "Sao lưu ngoại tuyến chưa được kiểm tra khôi phục định kỳ") String findings,
        @Schema(nullable = true, example = "Bồi dưỡng kỹ năng ứng cứu sự cố an ninh mạng") String course,
        @Schema(nullable = true, example = "24") Integer participants,
        @Schema(description = "TRAINING: the certificates it gave; [] for other kinds")
        List<CertificateView> certificates,
        @Schema(nullable = true, example = "Tường lửa mới cho mạng nội bộ UBND xã") String equipment,
        @Schema(nullable = true) UUID systemId,
        @Schema(nullable = true) CheckResult result,
        @Schema(description = "Who recorded it (token sub)") String recordedBy,
        Instant recordedAt) {

    static final ObjectMapper JSON = new ObjectMapper();

    static PreparednessRecordView of(PreparednessRecord record) {
        return new PreparednessRecordView(record.id, record.kind, record.unitCode, record.title, record.heldOn,
                record.note, record.drillScope, record.scenario, read(record.participatingUnits, new TypeReference<>() {
                }), record.findings, record.course, record.participants,
                read(record.certificates, new TypeReference<>() {
                }), record.equipment, record.systemId, record.result, record.recordedBy, record.recordedAt);
    }

    static <T> List<T> read(String json, TypeReference<List<T>> type) {
        try {
            return json == null ? List.of() : JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored list does not read back", e);
        }
    }

    static String write(List<?> list) {
        try {
            return JSON.writeValueAsString(list);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a list does not write", e);
        }
    }
}
