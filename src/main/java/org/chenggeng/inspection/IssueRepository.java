package org.chenggeng.inspection;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface IssueRepository extends JpaRepository<Issue, Long> {

    List<Issue> findByProjectIdOrderByRaisedAtDescIdDesc(Long projectId);

    List<Issue> findByProjectIdIn(Collection<Long> projectIds);

    List<Issue> findBySourceAndSourceIdIn(IssueSource source, Collection<Long> sourceIds);

    List<Issue> findByStatusInAndProjectIdIn(Collection<IssueStatus> statuses, Collection<Long> projectIds);

    List<Issue> findByStatusIn(Collection<IssueStatus> statuses);

    /**
     * The issue, locked until the transaction ends, so that two re-checks of one issue run one after the other. Native:
     * Hibernate's MySQL dialect writes {@code for update of <alias>}, which MariaDB rejects (as for work items).
     */
    @Query(value = "select * from rectification_issue where id = :id for update", nativeQuery = true)
    Optional<Issue> findForUpdate(@org.springframework.data.repository.query.Param("id") Long id);
}
