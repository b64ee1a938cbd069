package vn.ungcuu.playbook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.ungcuu.incident.Category;

/** One version of a playbook exactly as written; never changed afterwards (a trigger refuses it). */
@Entity
@Immutable
@IdClass(PlaybookVersion.Key.class)
@Table(name = "playbook_version")
public class PlaybookVersion {

    @Id
    @Column(name = "playbook_id")
    public UUID playbookId;

    @Id
    public int version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Category category;

    @Column(nullable = false)
    public String name;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public String steps;

    @Column(nullable = false)
    public boolean active;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    static PlaybookVersion of(Playbook playbook) {
        PlaybookVersion snapshot = new PlaybookVersion();
        snapshot.playbookId = playbook.id;
        snapshot.version = playbook.version;
        snapshot.category = playbook.category;
        snapshot.name = playbook.name;
        snapshot.steps = playbook.steps;
        snapshot.active = playbook.active;
        snapshot.createdAt = playbook.updatedAt;
        snapshot.createdBy = playbook.updatedBy;
        return snapshot;
    }

    /** The composite key (playbook, version). */
    public static class Key implements Serializable {
        public UUID playbookId;
        public int version;

        public Key() {
        }

        public Key(UUID playbookId, int version) {
            this.playbookId = playbookId;
            this.version = version;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && version == key.version && Objects.equals(playbookId, key.playbookId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(playbookId, version);
        }
    }
}
