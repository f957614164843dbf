package org.chenggeng.inspection;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface HandoverRepository extends JpaRepository<Handover, Long> {

    Optional<Handover> findByProjectId(Long projectId);

    List<Handover> findByProjectIdIn(Collection<Long> projectIds);
}
