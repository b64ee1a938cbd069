package vn.ungcuu.authority;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A body that receives official reports, with the channels to reach it. */
@Entity
@Table(name = "authority")
public class Authority {

    /** The entity type of an authority's entries in the audit log. */
    public static final String AUDIT_TYPE = "AUTHORITY";

    @Id
    public String code;

    @Column(name = "name_vi", nullable = false)
    public String nameVi;

    @Column(name = "name_en")
    public String nameEn;

    /** The contact channels as a JSON array of {@link AuthorityChannel}. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public String channels;

    @Column(nullable = false)
    public boolean active = true;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public Long version;
}
