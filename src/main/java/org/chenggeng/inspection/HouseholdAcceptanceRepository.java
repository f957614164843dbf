package org.chenggeng.inspection;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface HouseholdAcceptanceRepository extends JpaRepository<HouseholdAcceptance, Long> {

    List<HouseholdAcceptance> findByProjectId(Long projectId);

    List<HouseholdAcceptance> findByProjectIdIn(Collection<Long> projectIds);

    Optional<HouseholdAcceptance> findByProjectIdAndHouseholdId(Long projectId, Long householdId);
}
