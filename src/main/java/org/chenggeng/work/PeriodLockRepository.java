package org.chenggeng.work;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface PeriodLockRepository extends JpaRepository<PeriodLock, Long> {

    boolean existsByRegionIdInAndMonth(Collection<Long> regionIds, int month);

    Optional<PeriodLock> findByRegionIdAndMonth(Long regionId, int month);

    List<PeriodLock> findByRegionIdInOrderByMonthDesc(Collection<Long> regionIds);
}
