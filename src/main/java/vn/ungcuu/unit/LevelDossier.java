package vn.ungcuu.unit;

/** The state of a system's security-level dossier (Decree 85/2016). */
public enum LevelDossier {
    NONE, DRAFT, SUBMITTED, APPROVED
}
