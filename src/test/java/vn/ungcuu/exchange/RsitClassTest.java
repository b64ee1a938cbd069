package vn.ungcuu.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import vn.ungcuu.incident.Category;

/** Every national category maps to a class/type pair that exists in the RSIT. */
class RsitClassTest {

    /**
     * The RSIT's machine-readable classes and types, copied independently of the code under test from
     * MISP/misp-taxonomies rsit/machinetag.json (version 1003, the ENISA RSIT working group's taxonomy).
     */
    private static final Map<String, Set<String>> RSIT = Map.ofEntries(
            Map.entry("abusive-content", Set.of("spam", "harmful-speech", "violence")),
            Map.entry("malicious-code", Set.of("infected-system", "c2-server", "malware-distribution",
                    "malware-configuration")),
            Map.entry("information-gathering", Set.of("scanner", "sniffing", "social-engineering")),
            Map.entry("intrusion-attempts", Set.of("ids-alert", "brute-force", "exploit")),
            Map.entry("intrusions", Set.of("privileged-account-compromise", "unprivileged-account-compromise",
                    "application-compromise", "system-compromise", "burglary")),
            Map.entry("availability", Set.of("dos", "ddos", "misconfiguration", "sabotage", "outage")),
            Map.entry("information-content-security", Set.of("unauthorised-information-access",
                    "unauthorised-information-modification", "data-loss", "data-leak")),
            Map.entry("fraud", Set.of("unauthorised-use-of-resources", "copyright", "masquerade", "phishing")),
            Map.entry("vulnerable", Set.of("weak-crypto", "ddos-amplifier", "potentially-unwanted-accessible",
                    "information-disclosure", "vulnerable-system")),
            Map.entry("other", Set.of("other", "undetermined")),
            Map.entry("test", Set.of("test")));

    @ParameterizedTest
    @EnumSource(Category.class)
    void everyCategoryMapsToAnRsitPair(Category category) {
        RsitClass rsit = RsitClass.of(category);
        assertTrue(RSIT.containsKey(rsit.classification()), category + ": unknown class " + rsit.classification());
        assertTrue(RSIT.get(rsit.classification()).contains(rsit.type()),
                category + ": " + rsit.type() + " is not a type of " + rsit.classification());
        assertEquals("rsit:" + rsit.classification() + "=\"" + rsit.type() + "\"", rsit.machineTag());
    }

    @Test
    void theMappingFollowsTheTaxonomysOwnExamples() {
        assertEquals(new RsitClass("availability", "dos"), RsitClass.of(Category.DOS));
        assertEquals(new RsitClass("fraud", "phishing"), RsitClass.of(Category.PHISHING));
        assertEquals(new RsitClass("malicious-code", "infected-system"), RsitClass.of(Category.MALWARE));
        assertEquals(new RsitClass("intrusions", "system-compromise"), RsitClass.of(Category.UNAUTHORIZED_ACCESS));
        // RSIT: "... or ransomware encrypting data. Also includes defacements."
        RsitClass modification = new RsitClass("information-content-security", "unauthorised-information-modification");
        assertEquals(modification, RsitClass.of(Category.DEFACEMENT));
        assertEquals(modification, RsitClass.of(Category.RANSOMWARE));
        assertEquals(new RsitClass("information-content-security", "data-loss"), RsitClass.of(Category.DESTRUCTION));
        assertEquals(new RsitClass("information-content-security", "unauthorised-information-access"),
                RsitClass.of(Category.DATA_THEFT));
        assertEquals(new RsitClass("other", "other"), RsitClass.of(Category.COMBINED));
        assertEquals(new RsitClass("other", "other"), RsitClass.of(Category.OTHER));
    }
}
