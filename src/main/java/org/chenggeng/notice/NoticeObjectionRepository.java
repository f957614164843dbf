package org.chenggeng.notice;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;

interface NoticeObjectionRepository extends JpaRepository<NoticeObjection, NoticeObjection.Key> {

    List<NoticeObjection> findByNoticeIdOrderByReceivedAtAsc(Long noticeId);

    @Query("select o.noticeId, count(o) from NoticeObjection o where o.noticeId in :noticeIds group by o.noticeId")
    List<Object[]> counts(Collection<Long> noticeIds);
}
