package vn.ungcuu.unit;

/** How far the system's security plan (phương án bảo đảm an ninh mạng theo cấp độ) is carried out. */
public enum SecurityPlanStatus {
    NOT_STARTED, PARTIAL, COMPLETE
}
