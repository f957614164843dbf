package org.chenggeng.security;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.Optional;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsernameIgnoreCase(String username);

    boolean existsByUsernameIgnoreCase(String username);

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
