package vn.ungcuu.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.ungcuu.incident.Tlp;

/** Each TLP is written as the standard STIX marking definition and a valid RFC 7970 restriction. */
class TlpMarkingTest {

    /** oasis-open/cti-stix-common-objects, extension-definition-specifications/tlp-2.0/marking-definition.json. */
    static final Map<Tlp, String> OASIS_IDS = Map.of(
            Tlp.CLEAR, "marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487",
            Tlp.GREEN, "marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb",
            Tlp.AMBER, "marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421",
            Tlp.AMBER_STRICT, "marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003",
            Tlp.RED, "marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1");

    /** RFC 7970 schema, simpleType restriction-type. */
    private static final Set<String> IODEF_RESTRICTIONS = Set.of("default", "public", "partner", "need-to-know",
            "private", "white", "green", "amber", "red", "ext-value");

    @ParameterizedTest
    @EnumSource(Tlp.class)
    void everyTlpHasTheOasisMarkingAndAnIodefRestriction(Tlp tlp) {
        TlpMarking marking = TlpMarking.of(tlp);
        assertEquals(OASIS_IDS.get(tlp), marking.stixId());
        assertTrue(IODEF_RESTRICTIONS.contains(marking.iodefRestriction()), marking.iodefRestriction());
        assertEquals("TLP:" + tlp.name().replace('_', '+'), marking.label());
    }

    @Test
    void theColoursKeepTheirMeaning() {
        Map<Tlp, String> restrictions = Arrays.stream(Tlp.values())
                .collect(Collectors.toMap(tlp -> tlp, tlp -> TlpMarking.of(tlp).iodefRestriction()));
        assertEquals(Map.of(Tlp.CLEAR, "white", Tlp.GREEN, "green", Tlp.AMBER, "amber", Tlp.AMBER_STRICT, "amber",
                Tlp.RED, "red"), restrictions);
        assertEquals("amber+strict", TlpMarking.of(Tlp.AMBER_STRICT).tlp2Value());
        assertEquals("extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d", TlpMarking.TLP2_EXTENSION_ID);
    }
}
