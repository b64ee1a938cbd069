package vn.ungcuu.unit;

import java.time.LocalDate;

/** One recorded succession: from {@code effectiveAt} the successor carries on (part of) the predecessor. */
public record SuccessionLink(String predecessorCode, String successorCode, LocalDate effectiveAt, String note) {
}
