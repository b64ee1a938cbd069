package vn.ungcuu.focalpoint;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A duty of a unit (not of an incident): today, declaring a new focal point. */
@Entity
@Table(name = "unit_obligation")
public class UnitObligation {

    /** Its own audit entity: the unit's history stays the unit's changes (its start follows one of them). */
    public static final String AUDIT_TYPE = "UNIT_OBLIGATION";
    public static final String FOCAL_POINT_DECLARATION = "FOCAL_POINT_DECLARATION";
    public static final String OPEN = "OPEN";
    public static final String MET = "MET";

    /** Where the duty comes from: the legacy 24 hours, and the fine of the 2026 decree. */
    static final String LEGAL_BASIS = "Thông tư 20/2017/TT-BTTTT (báo cáo thay đổi đầu mối trong 24 giờ); "
            + "Nghị định 330/2026/NĐ-CP Điều 21 (không khai báo, cập nhật đầu mối ứng cứu sự cố)";
    static final String TITLE = "Khai báo đầu mối ứng cứu sự cố với cơ quan chức năng";

    @Id
    public UUID id;

    @Column(name = "unit_code", nullable = false)
    public String unitCode;

    @Column(nullable = false)
    public String kind;

    @Column(name = "legal_basis", nullable = false)
    public String legalBasis;

    @Column(name = "change_id", nullable = false)
    public UUID changeId;

    @Column(name = "starts_at", nullable = false)
    public Instant startsAt;

    @Column(name = "due_at", nullable = false)
    public Instant dueAt;

    @Column(nullable = false)
    public String status;

    @Column(name = "met_at")
    public Instant metAt;

    @Column(name = "met_by")
    public UUID metBy;

    /** Met after its due time, or still open past it. */
    boolean breached(Instant now) {
        return metAt != null ? metAt.isAfter(dueAt) : now.isAfter(dueAt);
    }
}
