package org.chenggeng.security;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.Instant;

interface RecoveryCodeRepository extends JpaRepository<RecoveryCode, Long> {

    long countByUserIdAndUsedAtIsNull(Long userId);

    @Modifying
    @Query("delete from RecoveryCode r where r.userId = :userId")
    int deleteByUserId(@Param("userId") Long userId);

    /** Uses a code: 1 if it was the user's and unused, 0 otherwise; one statement, so it serves one sign-in only. */
    @Modifying
    @Query("""
            update RecoveryCode r set r.usedAt = :now
            where r.userId = :userId and r.codeHash = :hash and r.usedAt is null
            """)
    int use(@Param("userId") Long userId, @Param("hash") String hash, @Param("now") Instant now);
}
