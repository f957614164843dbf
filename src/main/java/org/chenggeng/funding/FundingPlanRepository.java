package org.chenggeng.funding;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface FundingPlanRepository extends JpaRepository<FundingPlanLine, Long> {

    List<FundingPlanLine> findByProjectIdIn(Collection<Long> projectIds);

    Optional<FundingPlanLine> findByProjectIdAndSourceId(Long projectId, Long sourceId);
}
