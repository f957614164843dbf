package org.chenggeng.project;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Figures of the projects matching a specification, each in one query rather than one per project: how many per
 * status, and which compounds they touch.
 */
@Component
class ProjectStatusCounts {

    private final EntityManager entityManager;

    ProjectStatusCounts(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    Map<ProjectStatus, Long> count(Specification<Project> spec) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Tuple> query = cb.createTupleQuery();
        Root<Project> root = query.from(Project.class);
        query.multiselect(root.get("status"), cb.count(root))
                .where(spec.toPredicate(root, query, cb))
                .groupBy(root.get("status"));
        Map<ProjectStatus, Long> counts = new EnumMap<>(ProjectStatus.class);
        for (ProjectStatus s : ProjectStatus.values()) {
            counts.put(s, 0L);
        }
        for (Tuple row : entityManager.createQuery(query).getResultList()) {
            counts.put(row.get(0, ProjectStatus.class), row.get(1, Long.class));
        }
        return counts;
    }

    /** Each matching project with its status and each of its compounds; a project without compounds once, with none. */
    List<ProjectLink> links(Specification<Project> spec) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Tuple> query = cb.createTupleQuery();
        Root<Project> root = query.from(Project.class);
        jakarta.persistence.criteria.Join<Project, Long> compound = root.join("compoundIds",
                jakarta.persistence.criteria.JoinType.LEFT);
        query.multiselect(root.get("id"), root.get("status"), compound)
                .where(spec.toPredicate(root, query, cb));
        return entityManager.createQuery(query).getResultList().stream()
                .map(row -> new ProjectLink(row.get(0, Long.class), row.get(1, ProjectStatus.class),
                        row.get(2, Long.class))).toList();
    }

    /** Each matching project's code, name and status, ordered by code (in Java: a database sort costs more). */
    List<ProjectHeader> headers(Specification<Project> spec) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Tuple> query = cb.createTupleQuery();
        Root<Project> root = query.from(Project.class);
        query.multiselect(root.get("id"), root.get("code"), root.get("name"), root.get("status"))
                .where(spec.toPredicate(root, query, cb));
        return entityManager.createQuery(query).getResultList().stream()
                .map(row -> new ProjectHeader(row.get(0, Long.class), row.get(1, String.class),
                        row.get(2, String.class), row.get(3, ProjectStatus.class)))
                .sorted(java.util.Comparator.comparing(ProjectHeader::code,
                        String.CASE_INSENSITIVE_ORDER))
                .toList();
    }
}
