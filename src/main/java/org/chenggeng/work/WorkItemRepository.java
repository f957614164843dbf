package org.chenggeng.work;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.List;
import java.util.Optional;

interface WorkItemRepository extends JpaRepository<WorkItem, Long> {

    List<WorkItem> findByProjectIdOrderByIdAsc(Long projectId);

    List<WorkItem> findByProjectIdIn(java.util.Collection<Long> projectIds);

    /**
     * The item, locked for the rest of the transaction, so that concurrent entries add up instead of racing.
     * Plain {@code FOR UPDATE} on purpose: Hibernate's MySQL dialect writes {@code FOR UPDATE OF alias}, which
     * MariaDB rejects; the plain form works on MySQL, MariaDB, TiDB and H2.
     */
    @Query(value = "select * from work_item where id = :id for update", nativeQuery = true)
    Optional<WorkItem> findForUpdate(@Param("id") Long id);

    boolean existsByWorkTypeId(Long workTypeId);
}
