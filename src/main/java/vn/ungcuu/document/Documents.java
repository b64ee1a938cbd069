package vn.ungcuu.document;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import vn.ungcuu.audit.AuditLog;
import vn.ungcuu.audit.Changes;
import vn.ungcuu.clock.TimeSource;
import vn.ungcuu.config.UngCuuConfig;
import vn.ungcuu.document.render.AdministrativeDocument;
import vn.ungcuu.document.render.AdministrativeDocument.Block;
import vn.ungcuu.document.render.DocumentWriter;
import vn.ungcuu.document.render.DocxDocumentWriter;
import vn.ungcuu.document.render.PdfDocumentWriter;
import vn.ungcuu.regime.Regime.LegalBasis;
import vn.ungcuu.requestid.RequestIds;
import vn.ungcuu.security.CurrentUser;
import vn.ungcuu.unit.UnitRepository;

/**
 * Turns a feature's facts into an administrative document: the latest template of its kind fills the body, the
 * issuing unit's data the heading and signature (Decree 30/2020/NĐ-CP), and the file is written as DOCX or PDF.
 * Every document generated is audited: who, which template version, which format, the file's SHA-256.
 */
@ApplicationScoped
public class Documents {

    /** The audit action of a generated document, on the entity the document is about. */
    public static final String ACTION = "DOCUMENT_GENERATED";

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    @Inject
    DocumentTemplateStore templates;

    @Inject
    UnitRepository units;

    @Inject
    AuditLog audit;

    @Inject
    CurrentUser user;

    @Inject
    TimeSource time;

    @Inject
    UngCuuConfig config;

    @Inject
    RequestIds requestIds;

    private final DocumentWriter pdf = new PdfDocumentWriter();
    private final DocumentWriter docx = new DocxDocumentWriter();

    public GeneratedDocument generate(DocumentOrder order, DocumentFormat format) {
        DocumentTemplate template = templates.latest(order.regime(), order.document()).orElseThrow(() ->
                new IllegalStateException("no document template " + order.regime() + "." + order.document()
                        + " (ungcuu.documents.templates)"));
        long started = System.nanoTime();
        Instant now = time.now();
        IssuingUnit issuer = issuer(order.issuerUnitCode());
        AdministrativeDocument document = lay(template, order, issuer, now);
        byte[] content = (format == DocumentFormat.PDF ? pdf : docx).write(document);
        String sha256 = sha256(content);
        Changes changes = new Changes()
                .created("document.kind", template.document())
                .created("document.template", template.id())
                .created("document.templateVersion", template.version())
                .created("document.format", format)
                .created("document.source", order.source())
                .created("document.sha256", sha256);
        QuarkusTransaction.joiningExisting().run(() ->
                audit.record(user.id(), order.auditType(), order.auditId(), ACTION, changes, now));
        Log.infof("request %s: %s %s of %s (%s v%d, %d bytes) in %d ms", requestIds.current(), format,
                template.document(), order.source(), template.id(), template.version(), content.length,
                (System.nanoTime() - started) / 1_000_000);
        return new GeneratedDocument(content, format, order.fileName() + "." + format.extension());
    }

    private IssuingUnit issuer(String unitCode) {
        return Optional.ofNullable(unitCode).map(units::findById)
                .map(unit -> IssuingUnit.of(unit, units::findById)).orElse(IssuingUnit.UNKNOWN);
    }

    private AdministrativeDocument lay(DocumentTemplate template, DocumentOrder order, IssuingUnit issuer,
            Instant now) {
        Map<String, String> facts = new HashMap<>(order.facts());
        facts.put("unit.name", issuer.name());
        facts.put("template.id", template.id());
        facts.put("template.version", Integer.toString(template.version()));
        facts.put("template.legalBasis", cite(template.legalBasis().get(0)));
        facts.put("generatedAt", VietnameseDates.time(now, config.timeZone()));
        Filler fill = new Filler(template, facts);

        String number = "Số: " + (order.documentNumber() != null ? order.documentNumber()
                : "          /" + template.symbol() + "-" + issuer.symbol());
        List<String> signerTitle = List.of(issuer.signerTitle() == null ? IssuingUnit.BLANK
                : upper(issuer.signerTitle()));
        return new AdministrativeDocument(
                issuer.governingBody() == null ? null : upper(issuer.governingBody()),
                upper(issuer.name()),
                number,
                VietnameseDates.placeAndDate(issuer.place(), order.date()),
                upper(template.documentType()),
                fill.text(template.subject()),
                fill.lines(template.addressees()),
                body(template, order, fill),
                fill.text(template.provenance()),
                fill.lines(template.recipients()),
                new AdministrativeDocument.Signature(signerTitle, issuer.signerName()),
                upper(template.documentType()) + " " + fill.text(template.subject()),
                now);
    }

    private static List<Block> body(DocumentTemplate template, DocumentOrder order, Filler fill) {
        List<Block> blocks = new ArrayList<>();
        for (DocumentTemplate.Block block : template.body()) {
            if (block.heading() != null) {
                blocks.add(new AdministrativeDocument.Heading(fill.text(block.heading())));
            } else if (block.paragraph() != null) {
                String text = fill.text(block.paragraph());
                if (!text.isBlank()) {
                    blocks.add(new AdministrativeDocument.Paragraph(text));
                }
            } else if (block.field() != null) {
                String value = fill.text(block.field().value());
                if (!value.isBlank()) {
                    blocks.add(new AdministrativeDocument.Field(fill.text(block.field().label()), value));
                }
            } else {
                blocks.add(table(block.table(), order, fill));
            }
        }
        return blocks;
    }

    private static AdministrativeDocument.Table table(DocumentTemplate.Table table, DocumentOrder order,
            Filler fill) {
        List<Map<String, String>> rows = order.tables().get(table.rows());
        if (rows == null) {
            throw new IllegalStateException("document template " + fill.template.id() + " names the table rows "
                    + table.rows() + ", which this document has none of");
        }
        List<List<String>> cells = rows.stream().map(row -> table.columns().stream()
                .map(column -> fill.withRow(row).text(column.value())).toList()).toList();
        return new AdministrativeDocument.Table(table.columns().stream().map(column -> fill.text(column.header()))
                .toList(), table.columns().stream().map(DocumentTemplate.Column::width).toList(), cells);
    }

    /** "Điều 31.2.d Nghị định 331/2026/NĐ-CP". */
    public static String cite(LegalBasis basis) {
        return basis.article() + " " + basis.document();
    }

    private static String upper(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).toUpperCase(VIETNAMESE);
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A template's texts filled from one set of facts. */
    private record Filler(DocumentTemplate template, Map<String, String> facts) {

        String text(String text) {
            return Placeholders.fill(text, facts, template.labelsOrNone(), template.id());
        }

        List<String> lines(List<String> texts) {
            return texts == null ? List.of() : texts.stream().map(this::text).filter(line -> !line.isBlank()).toList();
        }

        Filler withRow(Map<String, String> row) {
            Map<String, String> both = new HashMap<>(facts);
            row.forEach((name, value) -> both.put("row." + name, value));
            return new Filler(template, both);
        }
    }
}
