package org.chenggeng.inspection;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

interface StageRuleRepository extends JpaRepository<StageRule, Long> {

    List<StageRule> findByActiveTrue();

    Optional<StageRule> findByStageTypeIdAndKindAndFollowingTypeId(Long stageTypeId, InspectionKind kind,
                                                                   Long followingTypeId);
}
