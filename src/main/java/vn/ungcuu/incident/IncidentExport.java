package vn.ungcuu.incident;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import vn.ungcuu.http.EnumParams;
import java.util.stream.Collectors;

/**
 * Every incident of a list as CSV (RFC 4180, UTF-8, header row) or NDJSON, streamed as it is read: the
 * query is resolved for the caller first, then read a page at a time, so memory stays flat whatever
 * the count.
 */
@ApplicationScoped
class IncidentExport {

    static final String CSV = "text/csv";
    static final String NDJSON = "application/x-ndjson";
    /** The query parameter of {@code GET /incidents/export} that names the format. */
    static final String FORMAT = "format";
    static final List<String> COLUMNS = List.of("id", "reference", "unitCode", "title", "description", "category",
            "status", "severity", "legalClass", "tlp", "detectedAt", "reportedAt", "updatedAt", "triagedAt",
            "resolvedAt", "closedAt", "assignee", "beyondCapacity", "stateSecret", "affectedSystemIds", "duplicateOf");
    static final String CSV_EXAMPLE = "id,reference,unitCode,title,description,category,status,severity,legalClass,"
            + "tlp,detectedAt,reportedAt,updatedAt,triagedAt,resolvedAt,closedAt,assignee,beyondCapacity,stateSecret,"
            + "affectedSystemIds,duplicateOf\r\n01a228bd-f3a5-73fd-b755-867182059c55,SC-2026-000042,XA-MINHSON,"
            + "\"Trang web bị thay đổi, lạ\",Mô tả,DEFACEMENT,NEW,,,AMBER,2026-03-02T01:15:00Z,"
            + "2026-03-02T01:40:12.345678Z,2026-03-02T01:40:12.345678Z,,,,,false,false,,\r\n";

    @Inject
    IncidentService service;

    @Inject
    ObjectMapper json;

    /** The representation Accept asks for: JSON (paged), CSV or NDJSON; anything else is a 406. */
    static MediaType negotiate(List<MediaType> acceptable) {
        for (MediaType accepted : acceptable) {
            if ("0".equals(accepted.getParameters().get("q"))) {
                continue;
            }
            if (accepted.isWildcardType() || accepted.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return MediaType.APPLICATION_JSON_TYPE;
            }
            if (accepted.isCompatible(MediaType.valueOf(CSV))) {
                return MediaType.valueOf(CSV);
            }
            if (accepted.isCompatible(MediaType.valueOf(NDJSON))) {
                return MediaType.valueOf(NDJSON);
            }
        }
        throw new NotAcceptableException();
    }

    /** The media type of {@code ?format=csv|ndjson}; a missing or unknown format is a 400 naming it. */
    static MediaType mediaTypeOf(String format) {
        return switch (EnumParams.format(FORMAT, format, List.of("csv", "ndjson"))) {
            case "csv" -> MediaType.valueOf(CSV);
            default -> MediaType.valueOf(NDJSON);
        };
    }

    Response stream(IncidentFilter filter, MediaType type) {
        IncidentQuery query = service.query(filter);
        boolean csv = type.isCompatible(MediaType.valueOf(CSV));
        StreamingOutput body = output -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8), 64 * 1024);
            try {
                if (csv) {
                    writer.write(String.join(",", COLUMNS));
                    writer.write("\r\n");
                }
                service.forEach(query, csv ? IncidentReader.Detail.SYSTEMS : IncidentReader.Detail.FULL,
                        incident -> write(writer, incident, csv));
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            writer.flush();
        };
        String disposition = csv ? "attachment; filename=\"incidents.csv\"" : "inline";
        return Response.ok(body, csv ? CSV + "; charset=UTF-8" : NDJSON + "; charset=UTF-8")
                .header("Content-Disposition", disposition).build();
    }

    private void write(Writer writer, IncidentView incident, boolean csv) {
        try {
            if (csv) {
                writer.write(csvRow(incident));
            } else {
                writer.write(json.writeValueAsString(incident));
                writer.write("\n");
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String csvRow(IncidentView incident) {
        List<Object> values = List.of(text(incident.id()), incident.reference(), incident.unitCode(), incident.title(),
                incident.description(), incident.category(), incident.status(), text(incident.severity()),
                text(incident.legalClass()), incident.tlp(), incident.detectedAt(), incident.reportedAt(),
                incident.updatedAt(), text(incident.triagedAt()), text(incident.resolvedAt()),
                text(incident.closedAt()), text(incident.assignee()), incident.beyondCapacity(), incident.stateSecret(),
                incident.affectedSystemIds().stream().map(Object::toString).collect(Collectors.joining(";")),
                text(incident.duplicateOf()));
        return values.stream().map(value -> escape(String.valueOf(value))).collect(Collectors.joining(",")) + "\r\n";
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    static String escape(String field) {
        return vn.ungcuu.http.Csv.field(field);
    }
}
