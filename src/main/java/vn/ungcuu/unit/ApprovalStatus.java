package vn.ungcuu.unit;

/**
 * Where a system's level proposal stands under Decree 331/2026/NĐ-CP (hồ sơ đề xuất cấp độ): drafted by the
 * operator, submitted for appraisal, appraised (levels 4-5 by the Ministry of Public Security), approved by the
 * owner (chủ quản). {@link #label()} is the Vietnamese wording the register and Form 08 show.
 */
public enum ApprovalStatus {
    DRAFTING("Đang xây dựng hồ sơ đề xuất cấp độ"),
    SUBMITTED("Đã trình thẩm định hồ sơ"),
    APPRAISED("Đã thẩm định, chờ phê duyệt"),
    APPROVED("Đã phê duyệt cấp độ");

    /** The labels, as the OpenAPI descriptions list them. */
    public static final String LABELS = "DRAFTING: Đang xây dựng hồ sơ đề xuất cấp độ; SUBMITTED: Đã trình thẩm định "
            + "hồ sơ; APPRAISED: Đã thẩm định, chờ phê duyệt; APPROVED: Đã phê duyệt cấp độ";

    private final String label;

    ApprovalStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
