package org.chenggeng.plan;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface AnnualPlanRepository extends JpaRepository<AnnualPlan, Long> {

    Optional<AnnualPlan> findByRegionIdAndYear(Long regionId, int year);

    List<AnnualPlan> findByRegionIdInAndYear(Collection<Long> regionIds, int year);
}
