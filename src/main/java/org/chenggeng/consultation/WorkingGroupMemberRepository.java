package org.chenggeng.consultation;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface WorkingGroupMemberRepository extends JpaRepository<WorkingGroupMember, Long> {

    List<WorkingGroupMember> findByProjectIdOrderByIdAsc(Long projectId);
}
