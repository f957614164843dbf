package org.chenggeng.region;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface RegionRepository extends JpaRepository<Region, Long> {

    List<Region> findByParentIdOrderByNameAsc(Long parentId);

    List<Region> findByLevelOrderByNameAsc(RegionLevel level);

    boolean existsByParentIdAndName(Long parentId, String name);

    boolean existsByParentIdAndNameAndIdNot(Long parentId, String name, Long id);
}
