package org.chenggeng.consultation;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface HouseholdRepository extends JpaRepository<Household, Long> {

    List<Household> findByCompoundId(Long compoundId);

    List<Household> findByIdIn(Collection<Long> ids);

    Optional<Household> findByCompoundIdAndBuildingAndUnitAndRoom(Long compoundId, String building, String unit,
                                                                  String room);

    boolean existsByCompoundIdAndBuildingAndUnitAndRoomAndIdNot(Long compoundId, String building, String unit,
                                                                String room, Long id);

    long countByCompoundId(Long compoundId);

    @Query("select distinct h.building from Household h where h.compoundId = :compoundId")
    List<String> buildings(Long compoundId);
}
