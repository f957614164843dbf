package org.chenggeng.project;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface ProjectTransitionRepository extends JpaRepository<ProjectTransition, Long> {

    List<ProjectTransition> findByProjectIdOrderByOccurredAtAscIdAsc(Long projectId);
}
