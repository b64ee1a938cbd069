package vn.ungcuu.exchange;

import vn.ungcuu.incident.Category;

/**
 * The RSIT (Reference Security Incident Taxonomy of ENISA and TF-CSIRT) classification and type that a
 * national incident category is exported as. Values are the taxonomy's machine-readable ones, from
 * {@code enisaeu/Reference-Security-Incident-Taxonomy-Task-Force} {@code working_copy/machinev1} and its
 * MISP rendering {@code MISP/misp-taxonomies} {@code rsit/machinetag.json} (version 1003).
 *
 * <p>The switch has no default, so a new {@link Category} does not compile until it is mapped here.
 */
public record RsitClass(String classification, String type) {

    public static RsitClass of(Category category) {
        return switch (category) {
            case DOS -> new RsitClass("availability", "dos");
            case PHISHING -> new RsitClass("fraud", "phishing");
            case MALWARE -> new RsitClass("malicious-code", "infected-system");
            // "compromise of a system, e.g. unauthorised logins or commands"
            case UNAUTHORIZED_ACCESS -> new RsitClass("intrusions", "system-compromise");
            // RSIT names both explicitly: "... or ransomware encrypting data. Also includes defacements."
            case DEFACEMENT, RANSOMWARE -> new RsitClass("information-content-security",
                    "unauthorised-information-modification");
            // destruction of data and software; RSIT's availability/sabotage is physical sabotage only
            case DESTRUCTION -> new RsitClass("information-content-security", "data-loss");
            // eavesdropping, espionage and theft of information
            case DATA_THEFT -> new RsitClass("information-content-security", "unauthorised-information-access");
            // several forms at once fit no single class; RSIT puts such incidents under other/other
            case COMBINED, OTHER -> new RsitClass("other", "other");
        };
    }

    /** The MISP machine-tag form, e.g. {@code rsit:malicious-code="infected-system"}. */
    public String machineTag() {
        return "rsit:" + classification + "=\"" + type + "\"";
    }

    /** The national category in the same form, e.g. {@code ungcuu:category="MALWARE"}. */
    static String nationalTag(Category category) {
        return "ungcuu:category=\"" + category.name() + "\"";
    }
}
