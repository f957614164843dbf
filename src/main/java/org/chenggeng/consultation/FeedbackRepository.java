package org.chenggeng.consultation;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;

interface FeedbackRepository extends JpaRepository<Feedback, Long> {

    List<Feedback> findByProjectIdOrderByReceivedOnDescIdDesc(Long projectId);

    boolean existsByHouseholdIdIn(Collection<Long> householdIds);

    List<Feedback> findByProjectIdIn(Collection<Long> projectIds);

    /** The projects with any feedback. */
    @Query("select distinct f.projectId from Feedback f")
    List<Long> projectIds();

    @Query("select distinct f from Feedback f join f.workItemIds w where w in :itemIds")
    List<Feedback> linkedTo(Collection<Long> itemIds);
}
