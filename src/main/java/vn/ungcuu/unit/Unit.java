package vn.ungcuu.unit;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** A commune, town, office or other body that owns information systems and reports incidents. */
@Entity
@Table(name = "unit")
public class Unit {

    /** The entity type of a unit's entries in the audit log. */
    public static final String AUDIT_TYPE = "UNIT";

    @Id
    public String code;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public UnitType type;

    @Column(name = "parent_code")
    public String parentCode;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "name", column = @Column(name = "security_lead_name")),
            @AttributeOverride(name = "title", column = @Column(name = "security_lead_title")),
            @AttributeOverride(name = "phone", column = @Column(name = "security_lead_phone")),
            @AttributeOverride(name = "email", column = @Column(name = "security_lead_email"))})
    public Contact securityLead;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "name", column = @Column(name = "focal_point_name")),
            @AttributeOverride(name = "title", column = @Column(name = "focal_point_title")),
            @AttributeOverride(name = "phone", column = @Column(name = "focal_point_phone")),
            @AttributeOverride(name = "email", column = @Column(name = "focal_point_email"))})
    public Contact focalPoint;

    @Column(name = "provincial_team_member", nullable = false)
    public boolean provincialTeamMember;

    @Column(nullable = false)
    public boolean active = true;

    /** The first local day the unit exists; null: since before the service knew it. */
    @Column(name = "valid_from")
    public LocalDate validFrom;

    /** The local day it ends (exclusive: the effective day of its succession); null: open. */
    @Column(name = "valid_to")
    public LocalDate validTo;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public Long version;

    /** The unit exists on the local day: on or after validFrom, before validTo. */
    public boolean inForceOn(LocalDate day) {
        return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || day.isBefore(validTo));
    }
}
