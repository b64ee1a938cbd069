package vn.ungcuu.incident;

/** The national incident-type list; each maps to an RSIT class in exports. */
public enum Category {
    DOS, PHISHING, MALWARE, UNAUTHORIZED_ACCESS, DEFACEMENT, RANSOMWARE, DESTRUCTION, DATA_THEFT, COMBINED, OTHER
}
