package org.chenggeng.consultation;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

interface RoundRepository extends JpaRepository<ConsultationRound, Long> {

    /** The projects with any consultation round. */
    @org.springframework.data.jpa.repository.Query("select distinct r.projectId from ConsultationRound r")
    List<Long> projectIds();


    List<ConsultationRound> findByProjectIdOrderByNumberAsc(Long projectId);

    List<ConsultationRound> findByStatusOrderByOpensOnDesc(RoundStatus status);

    List<ConsultationRound> findByProjectIdIn(java.util.Collection<Long> projectIds);

    /** Closed rounds without frozen figures: closed before migration 008 kept them. */
    @Query("select r.id from ConsultationRound r where r.status = org.chenggeng.consultation.RoundStatus.CLOSED"
            + " and r.frozen is empty order by r.id")
    List<Long> closedWithoutFrozenTally();

    @Query("select coalesce(max(r.number), 0) from ConsultationRound r where r.projectId = :projectId")
    int lastNumber(Long projectId);
}
