package org.chenggeng.region;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;

interface CompoundRepository extends JpaRepository<Compound, Long> {

    List<Compound> findByCommunityIdInOrderByNameAsc(Collection<Long> communityIds);

    boolean existsByCommunityIdAndNameAndIdNot(Long communityId, String name, Long id);

    boolean existsByCommunityIdAndName(Long communityId, String name);

    /** (id, households) of the given compounds, without loading them. */
    @org.springframework.data.jpa.repository.Query("select c.id, c.households from Compound c where c.id in :ids")
    List<Object[]> households(@org.springframework.data.repository.query.Param("ids") Collection<Long> ids);

    /** (id, community id) of the given compounds, without loading them. */
    @org.springframework.data.jpa.repository.Query("select c.id, c.communityId from Compound c where c.id in :ids")
    List<Object[]> communities(@org.springframework.data.repository.query.Param("ids") Collection<Long> ids);
}
