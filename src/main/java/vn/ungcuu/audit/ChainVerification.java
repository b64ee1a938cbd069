package vn.ungcuu.audit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer of {@code GET /audit/verify}: whether the chain recomputes, and where it first does not. */
@Schema(name = "AuditChainVerification", description = "The result of recomputing the audit hash chain; "
        + "firstBroken is null when valid")
public record ChainVerification(
        @Schema(description = "True when every sealed entry recomputes to its hash and every entry is sealed or "
                + "waiting to be") boolean valid,
        @Schema(description = "Sealed entries found intact (the whole chain when valid)", example = "1051")
        long entries,
        @Schema(description = "The last position of the chain (0 when empty)", example = "1051") long sealedThrough,
        @Schema(description = "Entries committed but not sealed yet", example = "0") long unsealed,
        @Schema(nullable = true, description = "The stored hash at sealedThrough; keep it elsewhere to detect a "
                + "rewrite of the whole chain's tail later",
                example = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08") String headHash,
        @Schema(nullable = true) BrokenLink firstBroken) {

    /** Where and why the chain first fails to recompute. */
    @Schema(name = "AuditChainBreak")
    public record BrokenLink(
            @Schema(nullable = true, description = "The chain position (null for an entry missing from the chain)",
                    example = "42") Long position,
            @Schema(nullable = true, description = "The audit entry (null when its seal is gone)", example = "1051")
            Long entryId,
            Reason reason,
            @Schema(example = "The entry's content differs from what was sealed") String detail) {
    }

    /** The kinds of break the verification tells apart. */
    @Schema(name = "AuditChainBreakReason")
    public enum Reason {
        /** The entry no longer serialises to what was sealed (its row was edited). */
        CONTENT_CHANGED,
        /** The seal's stored hash was edited (the next position still links to the original). */
        HASH_CHANGED,
        /** The recomputed hash differs at the head, where an edited entry and an edited hash look alike. */
        HASH_MISMATCH,
        /** The seal's previous hash is not the hash of the position before. */
        LINK_BROKEN,
        /** A position of the chain has no seal (a seal row was deleted). */
        SEAL_MISSING,
        /** A seal names an entry that no longer exists (an entry row was deleted). */
        ENTRY_MISSING,
        /** An entry is neither sealed nor waiting for the sealer (its seal or queue row was removed). */
        NOT_IN_CHAIN
    }

    static ChainVerification intact(long entries, long unsealed, String headHash) {
        return new ChainVerification(true, entries, entries, unsealed, headHash, null);
    }
}
