package vn.ungcuu.report;

import jakarta.ws.rs.QueryParam;
import java.time.ZoneId;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The query parameters that name a report's period, shared by the summary and its export. */
public class ReportPeriodParams {

    @QueryParam(ReportPeriod.PERIOD)
    @Parameter(description = "YYYY (the year), YYYY-H1 (January to June) or YYYY-H2 (July to December), in "
            + "the district's time zone; not with from/to", example = "2026-H1",
            schema = @Schema(type = SchemaType.STRING, pattern = "^[1-9][0-9]{3}(-H[12])?$"))
    String period;

    @QueryParam(ReportPeriod.FROM)
    @Parameter(description = "Start: a date (YYYY-MM-DD, from the start of that day in the district's time "
            + "zone) or an RFC 3339 time (inclusive); needs to", example = "2026-01-01",
            schema = @Schema(type = SchemaType.STRING, description = "A date (format date) or a date-time"))
    String from;

    @QueryParam(ReportPeriod.TO)
    @Parameter(description = "End: a date (YYYY-MM-DD, that whole day included) or an RFC 3339 time "
            + "(exclusive); needs from, after it", example = "2026-03-31",
            schema = @Schema(type = SchemaType.STRING, description = "A date (format date) or a date-time"))
    String to;

    ReportPeriod parse(ZoneId zone) {
        return ReportPeriod.parse(period, from, to, zone);
    }
}
