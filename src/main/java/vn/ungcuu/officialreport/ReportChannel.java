package vn.ungcuu.officialreport;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How a report went out: the official document system, e-mail, a portal, the telephone, or otherwise. */
@Schema(name = "ReportChannel", description = "How the report was sent; only a PHONE report may lack a document "
        + "number")
public enum ReportChannel {
    DOCUMENT_SYSTEM, EMAIL, PORTAL, PHONE, OTHER
}
