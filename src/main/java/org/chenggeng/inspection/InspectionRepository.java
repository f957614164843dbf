package org.chenggeng.inspection;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface InspectionRepository extends JpaRepository<Inspection, Long> {

    List<Inspection> findByProjectIdOrderByInspectedOnDescRecordedAtDescIdDesc(Long projectId);

    long countByProjectIdIn(java.util.Collection<Long> projectIds);

    List<Inspection> findByProjectIdInOrderByInspectedOnDescRecordedAtDescIdDesc(java.util.Collection<Long> projectIds);

    /** Each project's number of inspections, as (project id, count), for the projects that have any. */
    @org.springframework.data.jpa.repository.Query("select i.projectId, count(i) from Inspection i"
            + " where i.projectId in :projectIds group by i.projectId")
    List<Object[]> countByProject(java.util.Collection<Long> projectIds);
}
