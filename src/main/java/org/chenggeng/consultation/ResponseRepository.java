package org.chenggeng.consultation;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;

interface ResponseRepository extends JpaRepository<HouseholdResponse, Long> {

    List<HouseholdResponse> findByRoundId(Long roundId);

    List<HouseholdResponse> findByRoundIdAndHouseholdId(Long roundId, Long householdId);

    boolean existsByHouseholdIdIn(Collection<Long> householdIds);

    /** How many households answered the round themselves on the portal. */
    long countByRoundIdAndItemKeyAndOnlineTrue(Long roundId, long itemKey);
}
