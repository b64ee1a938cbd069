package vn.ungcuu.officialreport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import vn.ungcuu.authority.Authority;
import vn.ungcuu.authority.AuthorityRepository;
import vn.ungcuu.config.UngCuuConfig;
import vn.ungcuu.document.DocumentFormat;
import vn.ungcuu.document.DocumentOrder;
import vn.ungcuu.document.Documents;
import vn.ungcuu.document.GeneratedDocument;
import vn.ungcuu.document.VietnameseDates;
import vn.ungcuu.incident.Incident;
import vn.ungcuu.incident.IncidentRepository;
import vn.ungcuu.regime.Regime;
import vn.ungcuu.regime.RegimeStore;
import vn.ungcuu.unit.Unit;
import vn.ungcuu.unit.UnitRepository;

/**
 * An official report as the document the unit signs and sends: the facts of the report and its incident, in the
 * wording of the template of the report's kind under the report's own regime version, issued by the incident's
 * unit, numbered and dated as recorded. Whoever may read the report may have its document. Only what the report
 * and the incident's public facts say goes in: no comment, no internal note, no evidence; a state-secret incident's
 * reports hold summaries only, and its document says so.
 */
@ApplicationScoped
public class OfficialReportDocuments {

    static final String DATA_SUBJECTS_NAME = "Các chủ thể dữ liệu bị ảnh hưởng";
    static final String STATE_SECRET_NOTE = "Sự cố có liên quan đến bí mật nhà nước: văn bản này chỉ nêu nội dung "
            + "tóm tắt; tài liệu chi tiết được quản lý theo quy định về bảo vệ bí mật nhà nước.";

    @Inject
    OfficialReportService reports;

    @Inject
    IncidentRepository incidents;

    @Inject
    AuthorityRepository authorities;

    @Inject
    UnitRepository units;

    @Inject
    RegimeStore regimes;

    @Inject
    Documents documents;

    @Inject
    UngCuuConfig config;

    public GeneratedDocument document(UUID incidentId, UUID reportId, DocumentFormat format) {
        OfficialReportView report = reports.get(incidentId, reportId);
        Incident incident = incidents.findById(incidentId);
        Regime regime = regimes.version(report.regime().id(), report.regime().version()).orElseThrow();
        Regime.ReportKind kind = regime.reportKind(report.kind()).orElseThrow();

        Map<String, String> facts = new HashMap<>();
        facts.put("incident.reference", incident.reference);
        facts.put("incident.title", incident.title);
        Unit unit = units.findById(incident.unitCode);
        facts.put("incident.unitName", unit == null ? incident.unitCode : unit.name);
        facts.put("incident.detectedAt", VietnameseDates.time(incident.detectedAt, config.timeZone()));
        facts.put("incident.category", incident.category == null ? "" : incident.category.name());
        facts.put("incident.stateSecretNote", incident.stateSecret ? STATE_SECRET_NOTE : "");
        facts.put("report.kind", report.kind());
        facts.put("report.kindTitle", kind.title().vi());
        facts.put("report.legalBasis", Documents.cite(kind.legalBasis()));
        facts.put("report.sentAt", VietnameseDates.time(report.sentAt(), config.timeZone()));
        facts.put("report.channel", report.channel().name());
        facts.put("report.documentNumber", report.documentNumber() == null ? "" : report.documentNumber());
        facts.put("recipient.name", recipientName(report.recipient()));
        facts.put("regime.id", regime.id());
        facts.put("regime.version", Integer.toString(regime.version()));
        facts.put("regime.title", regime.title().vi());
        kind.content().forEach(field -> facts.put("content." + field, report.content().getOrDefault(field, "")));

        LocalDate sentOn = report.sentAt().atZone(config.timeZone()).toLocalDate();
        return documents.generate(new DocumentOrder(regime.id(), report.kind(), incident.unitCode,
                report.documentNumber(), sentOn, facts, Map.of(), Incident.AUDIT_TYPE, incident.id.toString(),
                "official report " + report.id(), incident.reference + "-" + report.kind()), format);
    }

    private String recipientName(String recipient) {
        if (OfficialReport.DATA_SUBJECTS.equals(recipient)) {
            return DATA_SUBJECTS_NAME;
        }
        Authority authority = authorities.findById(recipient);
        return authority == null ? recipient : authority.nameVi;
    }
}
