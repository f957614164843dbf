package org.chenggeng.inspection;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface IssueStepRepository extends JpaRepository<IssueStep, Long> {

    List<IssueStep> findByIssueIdOrderByOccurredAtAscIdAsc(Long issueId);
}
