package org.chenggeng.work;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

interface ProgressEntryRepository extends JpaRepository<ProgressEntry, Long> {

    List<ProgressEntry> findByWorkItemIdOrderByWorkDateDescRecordedAtDescIdDesc(Long workItemId);

    List<ProgressEntry> findByWorkItemIdOrderByWorkDateDescRecordedAtDescIdDesc(Long workItemId, Pageable page);

    long countByWorkItemId(Long workItemId);

    List<ProgressEntry> findByWorkItemIdAndWorkDateOrderByRecordedAtAscIdAsc(Long workItemId, LocalDate workDate);

    /** The newest entries of an item's day, newest first (by when they were recorded, then id); a page of them. */
    List<ProgressEntry> findByWorkItemIdAndWorkDateOrderByRecordedAtDescIdDesc(Long workItemId, LocalDate workDate,
                                                                              Pageable page);

    long countByWorkItemIdAndWorkDate(Long workItemId, LocalDate workDate);

    List<ProgressEntry> findByCorrectsIdIn(Collection<Long> originalIds);

    @Query("select coalesce(sum(e.quantity), 0) from ProgressEntry e where e.workItemId = :item")
    BigDecimal sumForItem(@Param("item") Long workItemId);

    @Query("select coalesce(sum(e.quantity), 0) from ProgressEntry e where e.id = :id or e.correctsId = :id")
    BigDecimal countedFor(@Param("id") Long originalId);

    /** Per item, the sum of its entries (corrections included) dated within the period. */
    @Query("select e.workItemId, sum(e.quantity) from ProgressEntry e where e.workItemId in :items"
            + " and e.workDate between :from and :to group by e.workItemId")
    List<Object[]> sumsBetween(@Param("items") Collection<Long> itemIds, @Param("from") LocalDate from,
                               @Param("to") LocalDate to);
}
