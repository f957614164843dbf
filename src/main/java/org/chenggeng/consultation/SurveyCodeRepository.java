package org.chenggeng.consultation;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface SurveyCodeRepository extends JpaRepository<SurveyCode, Long> {

    List<SurveyCode> findByRoundId(Long roundId);

    Optional<SurveyCode> findByCode(String code);

    @Query("select c.code from SurveyCode c where c.code in :codes")
    List<String> existing(Collection<String> codes);

    /** Marks the code used unless it already is: 1 for the one request that used it, 0 for any other. */
    @Modifying(flushAutomatically = true)
    @Query("update SurveyCode c set c.usedAt = :at, c.version = c.version + 1 where c.id = :id and c.usedAt is null")
    int use(Long id, Instant at);

    @Modifying
    @Query("delete from SurveyCode c where c.householdId = :householdId and c.usedAt is null")
    int deleteUnused(Long householdId);
}
