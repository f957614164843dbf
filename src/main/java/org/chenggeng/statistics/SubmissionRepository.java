package org.chenggeng.statistics;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;

interface SubmissionRepository extends JpaRepository<StatisticsSubmission, Long> {

    List<StatisticsSubmission> findByRegionIdAndPeriodOrderBySubmittedAtDescIdDesc(Long regionId, String period);

    List<StatisticsSubmission> findByRegionIdInAndPeriodOrderBySubmittedAtDescIdDesc(Collection<Long> regionIds, String period);
}
