package org.chenggeng.security;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.Optional;

interface TotpEnrolmentRepository extends JpaRepository<TotpEnrolment, Long> {

    Optional<TotpEnrolment> findByUserId(Long userId);

    boolean existsByUserId(Long userId);

    @Modifying
    @Query("delete from TotpEnrolment e where e.userId = :userId")
    int deleteByUserId(@Param("userId") Long userId);

    /** Takes a time step as used: 1 if it is later than every step used before, 0 for a replayed or older code. */
    @Modifying
    @Query("update TotpEnrolment e set e.lastStep = :step where e.userId = :userId and e.lastStep < :step")
    int claimStep(@Param("userId") Long userId, @Param("step") long step);
}
