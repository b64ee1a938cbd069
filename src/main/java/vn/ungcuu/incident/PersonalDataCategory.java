package vn.ungcuu.incident;

/** Kinds of personal data a breach touched (Law 91/2025/QH15): location and biometric data oblige telling the subjects. */
public enum PersonalDataCategory {
    BASIC, SENSITIVE, LOCATION, BIOMETRIC, FINANCIAL
}
