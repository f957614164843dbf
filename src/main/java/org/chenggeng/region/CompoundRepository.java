package org.chenggeng.region;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;

interface CompoundRepository extends JpaRepository<Compound, Long> {

    List<Compound> findByCommunityIdInOrderByNameAsc(Collection<Long> communityIds);

    boolean existsByCommunityIdAndNameAndIdNot(Long communityId, String name, Long id);

    boolean existsByCommunityIdAndName(Long communityId, String name);
}
