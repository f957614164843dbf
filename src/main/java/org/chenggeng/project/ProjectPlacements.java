package org.chenggeng.project;

import jakarta.persistence.EntityManager;
import org.chenggeng.region.CompoundMoved;
import org.chenggeng.region.CompoundService;
import org.chenggeng.region.RegionService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Where projects are summed ({@link ProjectPlacement}), for the {@link ProjectChanged} event and for the operator's
 * rebuild of the summaries. Ids and groupings only, no user: what a project is stays behind {@link ProjectAccess}'s
 * checks. A compound moved to another community moves the projects renewing it, so they are announced again.
 */
@Component
public class ProjectPlacements {

    private static final int CHUNK = 500;

    private final EntityManager entityManager;
    private final CompoundService compounds;
    private final RegionService regions;
    private final ApplicationEventPublisher events;

    ProjectPlacements(EntityManager entityManager, CompoundService compounds, RegionService regions,
                      ApplicationEventPublisher events) {
        this.entityManager = entityManager;
        this.compounds = compounds;
        this.regions = regions;
        this.events = events;
    }

    /** Every project's id, in id order. */
    @Transactional(readOnly = true)
    public List<Long> ids() {
        return entityManager.createQuery("select p.id from Project p order by p.id", Long.class).getResultList();
    }

    /** Where the projects stand now, by id (unknown ids left out). */
    @Transactional(readOnly = true)
    public Map<Long, ProjectPlacement> of(Collection<Long> projectIds) {
        Map<Long, Long> parents = regions.parents();
        Map<Long, ProjectPlacement> placed = new TreeMap<>();
        List<Long> ids = List.copyOf(new TreeSet<>(projectIds));
        for (int s = 0; s < ids.size(); s += CHUNK) {
            List<Long> chunk = ids.subList(s, Math.min(ids.size(), s + CHUNK));
            Map<Long, Set<Long>> compoundsOf = new HashMap<>();
            entityManager.createQuery("select p.id, c from Project p join p.compoundIds c where p.id in :ids",
                    Object[].class).setParameter("ids", chunk).getResultList()
                    .forEach(r -> compoundsOf.computeIfAbsent((Long) r[0], k -> new HashSet<>()).add((Long) r[1]));
            Map<Long, Long> communities = compounds.communityOf(compoundsOf.values().stream()
                    .flatMap(Set::stream).toList());
            entityManager.createQuery("select p.id, p.year, p.status, p.plannedStart, p.plannedEnd from Project p "
                    + "where p.id in :ids", Object[].class).setParameter("ids", chunk).getResultList()
                    .forEach(r -> placed.put((Long) r[0], place((Long) r[0], (Integer) r[1], (ProjectStatus) r[2],
                            (LocalDate) r[3], (LocalDate) r[4], compoundsOf.getOrDefault((Long) r[0], Set.of()),
                            communities, parents)));
        }
        return placed;
    }

    /** Where a project stands as its entity holds it (which may not be flushed yet). */
    ProjectPlacement of(Project project) {
        return place(project.getId(), project.getYear(), project.getStatus(), project.getPlannedStart(),
                project.getPlannedEnd(), project.getCompoundIds(),
                compounds.communityOf(project.getCompoundIds()), regions.parents());
    }

    /** Where new projects stand, by id, as their entities hold them (not saved through Hibernate): one read each. */
    List<ProjectPlacement> of(Map<Long, Project> projects) {
        Map<Long, Long> communities = compounds.communityOf(projects.values().stream()
                .flatMap(p -> p.getCompoundIds().stream()).collect(java.util.stream.Collectors.toSet()));
        Map<Long, Long> parents = regions.parents();
        List<ProjectPlacement> placed = new ArrayList<>(projects.size());
        projects.forEach((id, p) -> placed.add(place(id, p.getYear(), p.getStatus(), p.getPlannedStart(),
                p.getPlannedEnd(), p.getCompoundIds(), communities, parents)));
        return placed;
    }

    @EventListener
    void on(CompoundMoved event) {
        List<Long> moved = entityManager.createQuery("select p.id from Project p join p.compoundIds c "
                + "where c = :compound order by p.id", Long.class).setParameter("compound", event.compoundId())
                .getResultList();
        of(moved).values().forEach(p -> events.publishEvent(new ProjectChanged(p)));
    }

    private static ProjectPlacement place(long id, int year, ProjectStatus status, LocalDate start, LocalDate end,
                                          Set<Long> compoundIds, Map<Long, Long> communityOf,
                                          Map<Long, Long> parents) {
        List<Long> in = compoundIds.stream().map(communityOf::get).filter(java.util.Objects::nonNull).distinct()
                .sorted().toList();
        long home = home(in, parents);
        List<Long> above = home == 0 ? List.of() : chain(home, parents);
        return new ProjectPlacement(id, home, above.subList(Math.min(1, above.size()), above.size()), year, status,
                start, end, in);
    }

    /** The lowest region holding all the communities; 0 for none. */
    private static long home(List<Long> communities, Map<Long, Long> parents) {
        if (communities.isEmpty()) {
            return 0;
        }
        List<Long> common = chain(communities.getFirst(), parents);
        for (Long c : communities.subList(1, communities.size())) {
            List<Long> other = chain(c, parents);
            common = common.stream().filter(other::contains).toList();
        }
        return common.isEmpty() ? 0 : common.getFirst();
    }

    /** A region and its ancestors, nearest first. */
    private static List<Long> chain(Long region, Map<Long, Long> parents) {
        List<Long> chain = new ArrayList<>();
        for (Long r = region; r != null && !chain.contains(r); r = parents.get(r)) {
            chain.add(r);
        }
        return chain;
    }
}
