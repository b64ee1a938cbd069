package vn.ungcuu.document;

import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.ungcuu.http.EnumParams;

/** The files a document comes as: DOCX to edit and sign digitally, PDF to print. */
public enum DocumentFormat {
    DOCX(DocumentFormat.DOCX_TYPE), PDF(DocumentFormat.PDF_TYPE);

    public static final String DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String PDF_TYPE = "application/pdf";

    public final String mediaType;

    DocumentFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** docx or pdf, any case; anything else is a 400 naming the parameter. */
    public static DocumentFormat parse(String parameter, String value) {
        return valueOf(EnumParams.format(parameter, value, List.of("docx", "pdf")).toUpperCase(Locale.ROOT));
    }

    /**
     * The format an Accept header asks for, if it names one before JSON or CSV: the list comes sorted by
     * preference, and the first entry naming PDF, DOCX, JSON or CSV decides; wildcards name none of them.
     */
    public static Optional<DocumentFormat> accepted(List<MediaType> acceptable) {
        for (MediaType accepted : acceptable) {
            if ("0".equals(accepted.getParameters().get("q")) || accepted.isWildcardType()
                    || accepted.isWildcardSubtype()) {
                continue;
            }
            for (DocumentFormat format : values()) {
                if (accepted.isCompatible(MediaType.valueOf(format.mediaType))) {
                    return Optional.of(format);
                }
            }
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** The format parameter when given (docx or pdf), else what Accept asks for, else PDF. */
    public static DocumentFormat choose(String format, List<MediaType> acceptable) {
        return format != null ? parse("format", format) : accepted(acceptable).orElse(PDF);
    }
}
