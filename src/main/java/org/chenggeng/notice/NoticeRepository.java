package org.chenggeng.notice;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface NoticeRepository extends JpaRepository<Notice, Long> {

    List<Notice> findByProjectIdOrderByCreatedAtDescIdDesc(Long projectId);

    List<Notice> findByProjectIdAndKindInAndStatus(Long projectId, java.util.Collection<NoticeKind> kinds,
                                                   NoticeStatus status);
}
