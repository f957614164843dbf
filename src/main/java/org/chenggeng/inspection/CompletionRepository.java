package org.chenggeng.inspection;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface CompletionRepository extends JpaRepository<CompletionAcceptance, Long> {

    List<CompletionAcceptance> findByProjectIdOrderByAcceptedOnDescRecordedAtDescIdDesc(Long projectId);

    Optional<CompletionAcceptance> findFirstByProjectIdOrderByAcceptedOnDescRecordedAtDescIdDesc(Long projectId);

    List<CompletionAcceptance> findByProjectIdIn(Collection<Long> projectIds);
}
