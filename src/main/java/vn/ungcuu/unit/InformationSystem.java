package vn.ungcuu.unit;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** An information system a unit operates, with its security level (cấp độ 1–5). */
@Entity
@Table(name = "information_system")
public class InformationSystem {

    /** The entity type of an information system's entries in the audit log. */
    public static final String AUDIT_TYPE = "SYSTEM";

    @Id
    public UUID id;

    @Column(name = "unit_code", nullable = false)
    public String unitCode;

    @Column(nullable = false)
    public String name;

    @Column(name = "security_level", nullable = false)
    public short securityLevel;

    @Column(name = "national_critical", nullable = false)
    public boolean nationalCritical;

    @Column(name = "internet_facing", nullable = false)
    public boolean internetFacing;

    @Enumerated(EnumType.STRING)
    @Column(name = "level_dossier", nullable = false)
    public LevelDossier levelDossier;

    /** The article (criterion) of Decree 331/2026 the level was set by, as the dossier cites it. */
    @Column(name = "level_criterion")
    public String levelCriterion;

    /** Chủ quản hệ thống thông tin. */
    @Column(name = "owner_name")
    public String owner;

    /** Đơn vị vận hành. */
    @Column(name = "operator_name")
    public String operator;

    /** The owner's cyber-security unit (đơn vị chuyên trách về an ninh mạng). */
    @Column(name = "security_unit_name")
    public String securityUnit;

    /** Null when no level proposal under Decree 331/2026 was started. */
    @Enumerated(EnumType.STRING)
    @Column(name = "approval_status")
    public ApprovalStatus approvalStatus;

    @Column(name = "approval_decision_number")
    public String approvalDecisionNumber;

    @Column(name = "approval_decision_date")
    public LocalDate approvalDecisionDate;

    /** Whether the owner issued the system's security regulation (quy chế bảo đảm an ninh mạng). */
    @Column(name = "security_regulation", nullable = false)
    public boolean securityRegulation;

    @Enumerated(EnumType.STRING)
    @Column(name = "security_plan_status", nullable = false)
    public SecurityPlanStatus securityPlanStatus = SecurityPlanStatus.NOT_STARTED;

    @Column(name = "handles_admin_procedures", nullable = false)
    public boolean handlesAdministrativeProcedures;

    @Column(name = "basic_data_subjects", nullable = false)
    public long basicDataSubjects;

    @Column(name = "sensitive_data_subjects", nullable = false)
    public long sensitiveDataSubjects;

    @ElementCollection
    @CollectionTable(name = "information_system_check", joinColumns = @JoinColumn(name = "system_id"))
    @OrderBy("checkedOn")
    public List<SystemCheck> checks = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public Long version;
}
