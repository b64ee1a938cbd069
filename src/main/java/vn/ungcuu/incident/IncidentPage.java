package vn.ungcuu.incident;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The OpenAPI shape of a page of incidents (the body is a {@code Page<IncidentView>}). */
@Schema(name = "IncidentPage")
record IncidentPage(List<IncidentView> items,
        @Schema(nullable = true, description = "Opaque cursor of the next page; null on the last page") String nextCursor) {
}
