package org.chenggeng.security;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface PasswordHistoryRepository extends JpaRepository<PasswordHistoryEntry, Long> {

    List<PasswordHistoryEntry> findByUserIdOrderByReplacedAtDescIdDesc(Long userId);
}
