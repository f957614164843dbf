package org.chenggeng.project;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

import java.util.EnumMap;
import java.util.Map;

/** How many projects match a specification, per status, in one grouped query rather than one per status. */
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
}
