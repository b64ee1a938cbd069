package vn.ungcuu.unit;

/**
 * What the register flags on a system ({@link SystemRules} decides when): below the level the law requires, or
 * still on an approval under Decree 85/2016 that the transition of Law 116/2025 Art. 45.1 ends on 01/07/2027.
 */
public enum SystemWarning {
    LEVEL_3_REQUIRED_ADMINISTRATIVE_PROCEDURES(
            "Hệ thống giải quyết thủ tục hành chính phải được xác định từ cấp độ 3 trở lên", SystemRules.LEVEL_BASIS),
    LEVEL_3_REQUIRED_BASIC_DATA_SUBJECTS(
            "Hệ thống xử lý dữ liệu cá nhân cơ bản của từ 100.000 chủ thể trở lên phải được xác định từ cấp độ 3",
            SystemRules.LEVEL_BASIS),
    LEVEL_3_REQUIRED_SENSITIVE_DATA_SUBJECTS(
            "Hệ thống xử lý dữ liệu cá nhân nhạy cảm của từ 10.000 chủ thể trở lên phải được xác định từ cấp độ 3",
            SystemRules.LEVEL_BASIS),
    DECREE_85_APPROVAL_EXPIRES(
            "Cấp độ được phê duyệt theo Nghị định 85/2016/NĐ-CP: phải đáp ứng quy định mới trước ngày 01/07/2027",
            SystemRules.TRANSITION_BASIS),
    DECREE_85_APPROVAL_LAPSED(
            "Cấp độ được phê duyệt theo Nghị định 85/2016/NĐ-CP đã hết thời hạn chuyển tiếp ngày 01/07/2027",
            SystemRules.TRANSITION_BASIS);

    private final String message;
    private final String legalBasis;

    SystemWarning(String message, String legalBasis) {
        this.message = message;
        this.legalBasis = legalBasis;
    }

    public String message() {
        return message;
    }

    public String legalBasis() {
        return legalBasis;
    }
}
