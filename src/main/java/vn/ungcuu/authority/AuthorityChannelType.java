package vn.ungcuu.authority;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How an authority is reached: e-mail, telephone, web portal, the official document system, postal address. */
@Schema(name = "AuthorityChannelType")
public enum AuthorityChannelType {
    EMAIL, PHONE, PORTAL, DOCUMENT_SYSTEM, ADDRESS
}
