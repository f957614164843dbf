package org.chenggeng.security;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.Instant;
import java.util.Optional;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsernameIgnoreCase(String username);

    boolean existsByUsernameIgnoreCase(String username);

    boolean existsByRole(Role role);

    /**
     * Counts a login attempt unless the account is locked, and locks it when this is the last attempt allowed;
     * returns 0 for a locked or unknown account. One statement, so that parallel attempts cannot overwrite each
     * other's count. The lock is assigned first: MySQL evaluates assignments in order, with the values already
     * assigned, and both must read the count before it changes.
     */
    @Modifying
    @Query("""
            update UserAccount u
            set u.lockedUntil = case when u.failedAttempts + 1 >= :maxFailures then :until else u.lockedUntil end,
                u.failedAttempts = case when u.failedAttempts + 1 >= :maxFailures then 0 else u.failedAttempts + 1 end
            where lower(u.username) = lower(:username) and (u.lockedUntil is null or u.lockedUntil <= :now)
            """)
    int claimLoginAttempt(@Param("username") String username, @Param("now") Instant now,
                          @Param("maxFailures") int maxFailures, @Param("until") Instant until);

    @Query("select count(u) from UserAccount u where lower(u.username) = lower(:username) and u.lockedUntil > :now")
    long countLockedAt(@Param("username") String username, @Param("now") Instant now);

    /**
     * Records a successful login. A password set before {@code expiredBefore} must now be changed (decision 0028):
     * the account says so until it is, on every channel. An account that has no date for its password (from before
     * expiry) counts from now. The expiry is assigned before the date, reading the date as it was.
     */
    @Modifying
    @Query("""
            update UserAccount u set u.failedAttempts = 0, u.lockedUntil = null, u.lastLoginAt = :now,
                u.mustChangePassword = case when u.passwordChangedAt < :expiredBefore then true
                                            else u.mustChangePassword end,
                u.passwordChangedAt = coalesce(u.passwordChangedAt, :now)
            where lower(u.username) = lower(:username)
            """)
    int recordLoginSuccess(@Param("username") String username, @Param("now") Instant now,
                           @Param("expiredBefore") Instant expiredBefore);

    @Query("""
            select u from UserAccount u
            where :text is null
               or lower(u.username) like lower(concat('%', :text, '%'))
               or lower(u.displayName) like lower(concat('%', :text, '%'))
            """)
    Page<UserAccount> search(@Param("text") String text, Pageable pageable);

    @Query("""
            select count(u) from UserAccount u
            where :text is null
               or lower(u.username) like lower(concat('%', :text, '%'))
               or lower(u.displayName) like lower(concat('%', :text, '%'))
            """)
    long countSearch(@Param("text") String text);
}
