package vn.ungcuu.unit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
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

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public Long version;
}
