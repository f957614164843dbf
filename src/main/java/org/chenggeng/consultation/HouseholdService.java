package org.chenggeng.consultation;

import org.chenggeng.security.Actor;
import org.chenggeng.security.Roles;
import org.chenggeng.shared.DomainException;
import org.chenggeng.shared.EntityChanged;
import org.chenggeng.shared.NotFoundException;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The household register of a compound. The committee of the compound's community and administrators keep it
 * and see it in full; officials above it read it masked; nobody else reads it at all.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class HouseholdService {

    static final String ENTITY = "HOUSEHOLD";
    static final Comparator<Household> ADDRESS_ORDER = Comparator
            .comparing(Household::getBuilding, NaturalOrder.INSTANCE)
            .thenComparing(Household::getUnit, NaturalOrder.INSTANCE)
            .thenComparing(Household::getRoom, NaturalOrder.INSTANCE);

    private final HouseholdRepository households;
    private final ResponseRepository responses;
    private final FeedbackRepository feedback;
    private final ConsultationAccess access;
    private final ApplicationEventPublisher events;
    private final SurveyCodeRepository surveyCodes;

    HouseholdService(HouseholdRepository households, ResponseRepository responses, FeedbackRepository feedback,
                     ConsultationAccess access, ApplicationEventPublisher events, SurveyCodeRepository surveyCodes) {
        this.surveyCodes = surveyCodes;
        this.households = households;
        this.responses = responses;
        this.feedback = feedback;
        this.access = access;
        this.events = events;
    }

    /** A compound's households in address order, optionally of one building; masked unless the user is its committee. */
    @Transactional(readOnly = true)
    public List<HouseholdRow> list(long compoundId, String building) {
        Actor actor = access.actor();
        if (!access.mayReadRegister(actor, compoundId)) {
            throw access.deny(actor, "household.list compound " + compoundId);
        }
        boolean full = access.isCommitteeOf(actor, compoundId);
        return households.findByCompoundId(compoundId).stream()
                .filter(h -> building == null || building.equals(h.getBuilding()))
                .sorted(ADDRESS_ORDER).map(h -> row(h, full)).toList();
    }

    /**
     * The register as an .xlsx file in the import's format: in full for the compound's committee, masked for the
     * officials above it, refused to everyone else. Written straight to {@code out} (a download's response), not
     * gathered in memory first.
     */
    @Transactional(readOnly = true)
    public void export(long compoundId, java.util.Locale locale, java.io.OutputStream out) {
        HouseholdExport.write(list(compoundId, null), locale, out);
    }

    /** The compound's buildings in natural order (2号楼 before 10号楼). */
    @Transactional(readOnly = true)
    public List<String> buildings(long compoundId) {
        Actor actor = access.actor();
        if (!access.mayReadRegister(actor, compoundId)) {
            throw access.deny(actor, "household.buildings compound " + compoundId);
        }
        return households.buildings(compoundId).stream().sorted(NaturalOrder.INSTANCE).toList();
    }

    /** The compound's stairwells as building → units, both in natural order. */
    @Transactional(readOnly = true)
    public java.util.Map<String, List<String>> stairwells(long compoundId) {
        Actor actor = access.actor();
        if (!access.mayReadRegister(actor, compoundId)) {
            throw access.deny(actor, "household.stairwells compound " + compoundId);
        }
        return stairwellsOf(households.findByCompoundId(compoundId));
    }

    static java.util.Map<String, List<String>> stairwellsOf(java.util.Collection<Household> found) {
        return found.stream().collect(java.util.stream.Collectors.groupingBy(Household::getBuilding,
                () -> new java.util.TreeMap<>(NaturalOrder.INSTANCE),
                java.util.stream.Collectors.collectingAndThen(
                        java.util.stream.Collectors.mapping(Household::getUnit, java.util.stream.Collectors.toSet()),
                        units -> units.stream().sorted(NaturalOrder.INSTANCE).toList())));
    }

    /** Whether the signed-in user may add to and change the compound's register. */
    @Transactional(readOnly = true)
    public boolean mayEdit(long compoundId) {
        return access.isCommitteeOf(access.actor(), compoundId);
    }

    @Transactional
    @RolesAllowed({Roles.SYSTEM_ADMIN, Roles.COMMUNITY_COMMITTEE})
    public Long create(long compoundId, HouseholdData data) {
        return create(compoundId, data, false);
    }

    private Long create(long compoundId, HouseholdData data, boolean sample) {
        Actor actor = access.actor();
        access.requireCommitteeOf(actor, compoundId, "household.create compound " + compoundId);
        Household h = new Household(compoundId, data, sample);
        if (households.findByCompoundIdAndBuildingAndUnitAndRoom(compoundId, h.getBuilding(), h.getUnit(),
                h.getRoom()).isPresent()) {
            throw new DomainException("household.error.duplicate", address(h));
        }
        households.save(h);
        events.publishEvent(EntityChanged.created(ENTITY, h.getId(), h.snapshot()));
        return h.getId();
    }

    @Transactional
    @RolesAllowed({Roles.SYSTEM_ADMIN, Roles.COMMUNITY_COMMITTEE})
    public void update(long id, long version, HouseholdData data) {
        Actor actor = access.actor();
        Household h = households.findById(id).orElseThrow(NotFoundException::new);
        access.requireCommitteeOf(actor, h.getCompoundId(), "household.update " + id);
        h.checkVersion(version);
        var before = h.snapshot();
        h.update(data);
        if (households.existsByCompoundIdAndBuildingAndUnitAndRoomAndIdNot(h.getCompoundId(), h.getBuilding(),
                h.getUnit(), h.getRoom(), id)) {
            throw new DomainException("household.error.duplicate", address(h));
        }
        households.saveAndFlush(h);
        events.publishEvent(EntityChanged.updated(ENTITY, id, "UPDATE", before, h.snapshot()));
    }

    /** Removes a household entered by mistake; one that has answered a round or given feedback stays. */
    @Transactional
    @RolesAllowed({Roles.SYSTEM_ADMIN, Roles.COMMUNITY_COMMITTEE})
    public void delete(long id, long version) {
        Actor actor = access.actor();
        Household h = households.findById(id).orElseThrow(NotFoundException::new);
        access.requireCommitteeOf(actor, h.getCompoundId(), "household.delete " + id);
        h.checkVersion(version);
        if (responses.existsByHouseholdIdIn(Set.of(id)) || feedback.existsByHouseholdIdIn(Set.of(id))) {
            throw new DomainException("household.error.inUse");
        }
        // a code never used goes with its household; a used one has an answer, which refused the deletion above
        surveyCodes.deleteUnused(id);
        households.delete(h);
        events.publishEvent(EntityChanged.updated(ENTITY, id, "DELETE", h.snapshot(), java.util.Map.of()));
    }

    /**
     * 3号楼-2单元-302 as one piece of text: a room number on its own would be written as a number (1,101) in the
     * message.
     */
    static String address(Household h) {
        return h.getBuilding() + "-" + h.getUnit() + "-" + h.getRoom();
    }

    static HouseholdRow row(Household h, boolean full) {
        return new HouseholdRow(h.getId(), h.getVersion(), h.getCompoundId(), h.getBuilding(), h.getUnit(),
                full ? h.getRoom() : Masking.room(h.getRoom()), h.getFloorArea(),
                full ? h.getOwnerName() : Masking.name(h.getOwnerName()),
                full ? h.getPhone() : Masking.phone(h.getPhone()), h.isSample(), !full);
    }
}
