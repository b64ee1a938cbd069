package vn.ungcuu.incident;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "IncidentCount", description = "How many incidents match")
public record IncidentCount(@Schema(required = true, minimum = "0", examples = "12") long count) {
}
