package org.chenggeng.funding;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Set;

interface InvestmentEntryRepository extends JpaRepository<InvestmentEntry, Long> {

    List<InvestmentEntry> findByProjectIdOrderByMonthDescRecordedAtDescIdDesc(Long projectId);

    List<InvestmentEntry> findByProjectIdIn(Collection<Long> projectIds);

    List<InvestmentEntry> findByCorrectsIdIn(Collection<Long> ids);

    @Query("select coalesce(sum(e.amount), 0) from InvestmentEntry e where e.id = :id or e.correctsId = :id")
    BigDecimal countedFor(Long id);

    @Query("select e.importKey from InvestmentEntry e where e.projectId = :projectId and e.importKey in :keys")
    Set<String> importedKeys(Long projectId, Collection<String> keys);
}
