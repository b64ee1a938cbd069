package vn.ungcuu.exchange;

import java.util.Locale;
import vn.ungcuu.incident.Tlp;

/**
 * How an incident's TLP 2.0 marking is written in each exchange format.
 *
 * <p>STIX: the standard TLP 2.0 marking-definition objects published by OASIS, which every STIX 2.1
 * consumer recognises by id. Ids, {@code created}, {@code name} and the {@code tlp_2_0} values are from
 * {@code oasis-open/cti-stix-common-objects}, {@code extension-definition-specifications/tlp-2.0/}
 * ({@code marking-definition.json} and {@code examples/tlp-*.json}).
 *
 * <p>IODEF: the {@code restriction} attribute of RFC 7970 (restriction-type: default, public, partner,
 * need-to-know, private, white, green, amber, red, ext-value), whose colours are TLP 1.0's: CLEAR is
 * TLP 1.0's WHITE; AMBER+STRICT has no value of its own and is written as amber (the exact TLP 2.0 label
 * travels in AdditionalData).
 */
public record TlpMarking(String stixId, String tlp2Value, String iodefRestriction) {

    /** The OASIS extension definition that TLP 2.0 marking definitions carry. */
    public static final String TLP2_EXTENSION_ID = "extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d";
    /** The {@code created} of all five OASIS TLP 2.0 marking definitions. */
    public static final String TLP2_CREATED = "2022-10-01T00:00:00.000Z";

    public static TlpMarking of(Tlp tlp) {
        return switch (tlp) {
            case CLEAR -> new TlpMarking("marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487", "clear", "white");
            case GREEN -> new TlpMarking("marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb", "green", "green");
            case AMBER -> new TlpMarking("marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421", "amber", "amber");
            case AMBER_STRICT -> new TlpMarking("marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003",
                    "amber+strict", "amber");
            case RED -> new TlpMarking("marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1", "red", "red");
        };
    }

    /** The label, e.g. {@code TLP:AMBER+STRICT}, the marking definition's {@code name}. */
    public String label() {
        return "TLP:" + tlp2Value.toUpperCase(Locale.ROOT);
    }
}
