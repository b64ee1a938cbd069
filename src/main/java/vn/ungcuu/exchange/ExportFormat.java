package vn.ungcuu.exchange;

import jakarta.ws.rs.core.MediaType;
import java.util.List;
import vn.ungcuu.http.EnumParams;

/** The exchange formats of {@code GET /incidents/{id}/export}, with the media types each is answered in. */
public enum ExportFormat {
    /** A STIX 2.1 bundle; {@code application/json} for clients that do not accept the STIX media type. */
    STIX(List.of(ExportFormat.STIX_MEDIA_TYPE, MediaType.APPLICATION_JSON)),
    /** An RFC 7970 IODEF-Document. */
    IODEF(List.of(MediaType.APPLICATION_XML));

    /** The STIX media type registered with IANA, with its version parameter; Accept may omit the parameter. */
    public static final String STIX_MEDIA_TYPE = "application/stix+json;version=2.1";
    public static final String PARAMETER = "format";

    private final List<MediaType> mediaTypes;

    ExportFormat(List<String> mediaTypes) {
        this.mediaTypes = mediaTypes.stream().map(MediaType::valueOf).toList();
    }

    /** The media types this format can be answered in, most specific first. */
    public List<MediaType> mediaTypes() {
        return mediaTypes;
    }

    /** Parses {@code ?format=}; a missing or unknown value is a 400 naming the parameter. */
    public static ExportFormat parse(String value) {
        return switch (EnumParams.format(PARAMETER, value, List.of("stix", "iodef"))) {
            case "stix" -> STIX;
            default -> IODEF;
        };
    }
}
