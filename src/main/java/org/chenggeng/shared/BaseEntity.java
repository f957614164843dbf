package org.chenggeng.shared;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/**
 * Identity and optimistic-lock version for every editable entity. Equality is by id once persisted.
 */
@MappedSuperclass
public abstract class BaseEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    @Column(nullable = false)
    private long version;

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    /**
     * Refuses a change prepared against an older version of this entity, so that two people editing the
     * same record never silently overwrite each other.
     */
    public void checkVersion(long expected) {
        if (version != expected) {
            throw new StaleDataException();
        }
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (o == null || getClass() != o.getClass()) {
            return false;
        }
        return id != null && id.equals(((BaseEntity) o).id);
    }

    @Override
    public int hashCode() {
        return getClass().hashCode();
    }
}
