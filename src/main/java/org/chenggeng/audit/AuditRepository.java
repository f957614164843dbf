package org.chenggeng.audit;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.repository.Repository;

/**
 * Entries are saved and found, nothing else: no update or delete method exists (a {@code JpaRepository} or a
 * {@code JpaSpecificationExecutor} would bring {@code delete…}). Archiving removes archived entries by plain SQL in
 * {@link AuditArchiver}, the one place that may.
 */
interface AuditRepository extends Repository<AuditEntry, Long> {

    AuditEntry save(AuditEntry entry);

    Page<AuditEntry> findAll(Specification<AuditEntry> spec, Pageable page);

    long count(Specification<AuditEntry> spec);
}
