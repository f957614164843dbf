package org.chenggeng.inspection;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface InspectionRepository extends JpaRepository<Inspection, Long> {

    List<Inspection> findByProjectIdOrderByInspectedOnDescIdDesc(Long projectId);

    long countByProjectIdIn(java.util.Collection<Long> projectIds);
}
