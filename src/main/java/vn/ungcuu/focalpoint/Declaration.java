package vn.ungcuu.focalpoint;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** A declaration of a unit's contacts to an authority; append-only. */
@Entity
@Immutable
@Table(name = "unit_declaration")
public class Declaration {

    @Id
    public UUID id;

    @Column(name = "unit_code", nullable = false)
    public String unitCode;

    @Column(name = "declared_at", nullable = false)
    public Instant declaredAt;

    @Column(name = "authority_code", nullable = false)
    public String authorityCode;

    @Column(name = "document_number")
    public String documentNumber;

    public String note;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
}
