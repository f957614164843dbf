package org.chenggeng.inspection;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface CompletionRepository extends JpaRepository<CompletionAcceptance, Long> {

    List<CompletionAcceptance> findByProjectIdOrderByAcceptedOnDescIdDesc(Long projectId);

    Optional<CompletionAcceptance> findFirstByProjectIdOrderByAcceptedOnDescIdDesc(Long projectId);

    List<CompletionAcceptance> findByProjectIdIn(Collection<Long> projectIds);
}
