package org.chenggeng.inspection;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;

interface FindingRepository extends JpaRepository<Finding, Long> {

    List<Finding> findByInspectionIdOrderBySortOrderAsc(Long inspectionId);

    List<Finding> findByInspectionIdIn(Collection<Long> inspectionIds);
}
