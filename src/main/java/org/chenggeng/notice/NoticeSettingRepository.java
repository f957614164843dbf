package org.chenggeng.notice;

import org.springframework.data.jpa.repository.JpaRepository;

interface NoticeSettingRepository extends JpaRepository<NoticeSetting, String> {
}
