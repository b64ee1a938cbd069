package vn.ungcuu.notification;

/** A label in Vietnamese, with its English fallback (which may be null when the source gives none). */
public record Words(String vi, String en) {

    /** The English when there is one, else the Vietnamese. */
    public String english() {
        return en == null || en.isBlank() ? vi : en;
    }
}
