package org.chenggeng.inspection;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface InHomeItemRepository extends JpaRepository<InHomeItem, Long> {

    List<InHomeItem> findByProjectId(Long projectId);

    List<InHomeItem> findByProjectIdIn(java.util.Collection<Long> projectIds);
}
