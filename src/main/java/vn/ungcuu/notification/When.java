package vn.ungcuu.notification;

/** An instant as people read it: in the district's zone, in Vietnamese ("08:00 ngày 03/07/2026") and English. */
public record When(String vi, String en) {
}
