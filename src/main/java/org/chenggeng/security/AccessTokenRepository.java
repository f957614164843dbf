package org.chenggeng.security;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

interface AccessTokenRepository extends JpaRepository<AccessToken, Long> {

    Optional<AccessToken> findByTokenHashAndRevokedAtIsNull(String tokenHash);

    List<AccessToken> findByUserIdAndRevokedAtIsNullOrderByCreatedAtDescIdDesc(Long userId);

    long countByUserIdAndRevokedAtIsNull(Long userId);

    /**
     * Notes a use of the token without touching its version, so that a client's calls never make a revocation
     * fail as stale. The condition keeps two simultaneous calls from both writing.
     */
    @Modifying
    @Query("""
            update AccessToken t set t.lastUsedAt = :now
            where t.id = :id and (t.lastUsedAt is null or t.lastUsedAt < :notBefore)
            """)
    int markUsed(@Param("id") Long id, @Param("now") Instant now, @Param("notBefore") Instant notBefore);
}
