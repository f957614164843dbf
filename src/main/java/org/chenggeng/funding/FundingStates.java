package org.chenggeng.funding;

import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Projects' money per source as the ledger and the plans have it now, for the summary when it counts a project
 * afresh (it moved) or rebuilds and verifies its tables. Trusts the ids it is given: it is called by the summary's
 * listeners and checks, never by a screen.
 */
@Component
public class FundingStates {

    private final EntityManager entityManager;

    FundingStates(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Every project's sources with a plan or an entry, by project id; a project without money maps to nothing. */
    @Transactional(readOnly = true)
    public Map<Long, List<SourceState>> of(Collection<Long> projectIds) {
        Map<Long, Map<Long, SourceState>> byProject = new HashMap<>();
        for (List<Long> chunk : chunks(projectIds)) {
            entityManager.createQuery("select p.projectId, p.sourceId, p.amount from FundingPlanLine p "
                            + "where p.projectId in :ids", Object[].class).setParameter("ids", chunk).getResultList()
                    .forEach(r -> state(byProject, r).compute((Long) r[1],
                            (k, s) -> (s == null ? SourceState.empty(k) : s).withPlanned((BigDecimal) r[2])));
            entityManager.createQuery("select e.projectId, e.sourceId, e.month, sum(e.amount) from InvestmentEntry e "
                            + "where e.projectId in :ids group by e.projectId, e.sourceId, e.month", Object[].class)
                    .setParameter("ids", chunk).getResultList()
                    .forEach(r -> state(byProject, r).compute((Long) r[1],
                            (k, s) -> (s == null ? SourceState.empty(k) : s).plus((Integer) r[2], (BigDecimal) r[3])));
        }
        Map<Long, List<SourceState>> result = new HashMap<>();
        byProject.forEach((id, sources) -> result.put(id, List.copyOf(sources.values())));
        return result;
    }

    /** One source of one project, as it stands in this transaction. */
    SourceState of(long projectId, long sourceId) {
        SourceState state = SourceState.empty(sourceId);
        List<BigDecimal> planned = entityManager.createQuery("select p.amount from FundingPlanLine p "
                        + "where p.projectId = :p and p.sourceId = :s", BigDecimal.class)
                .setParameter("p", projectId).setParameter("s", sourceId).getResultList();
        if (!planned.isEmpty()) {
            state = state.withPlanned(planned.getFirst());
        }
        for (Object[] r : entityManager.createQuery("select e.month, sum(e.amount) from InvestmentEntry e "
                        + "where e.projectId = :p and e.sourceId = :s group by e.month", Object[].class)
                .setParameter("p", projectId).setParameter("s", sourceId).getResultList()) {
            state = state.plus((Integer) r[0], (BigDecimal) r[1]);
        }
        return state;
    }

    private static Map<Long, SourceState> state(Map<Long, Map<Long, SourceState>> byProject, Object[] row) {
        return byProject.computeIfAbsent((Long) row[0], k -> new TreeMap<>());
    }

    private static List<List<Long>> chunks(Collection<Long> ids) {
        List<Long> all = List.copyOf(ids);
        List<List<Long>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += 500) {
            chunks.add(all.subList(i, Math.min(all.size(), i + 500)));
        }
        return chunks;
    }
}
