package org.chenggeng.inspection;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

interface AcceptanceWaiverRepository extends JpaRepository<AcceptanceWaiver, Long> {

    Optional<AcceptanceWaiver> findByProjectId(Long projectId);

    java.util.List<AcceptanceWaiver> findByProjectIdIn(java.util.Collection<Long> projectIds);
}
