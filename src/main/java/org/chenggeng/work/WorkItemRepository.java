package org.chenggeng.work;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface WorkItemRepository extends JpaRepository<WorkItem, Long> {

    List<WorkItem> findByProjectIdOrderByIdAsc(Long projectId);

    /** The item, locked for the rest of the transaction, so that concurrent entries add up instead of racing. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select w from WorkItem w where w.id = :id")
    Optional<WorkItem> findForUpdate(@Param("id") Long id);

    boolean existsByWorkTypeId(Long workTypeId);

    List<WorkItem> findByProjectIdAndImportKeyIn(Long projectId, Collection<String> importKeys);
}
