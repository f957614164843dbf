package org.chenggeng.consultation;

import org.chenggeng.security.Actor;
import org.chenggeng.security.Roles;
import org.chenggeng.shared.DomainException;
import org.chenggeng.shared.EntityChanged;
import org.chenggeng.shared.NotFoundException;
import org.chenggeng.shared.PersonalDataRead;
import org.chenggeng.shared.crypto.HashKind;
import org.chenggeng.shared.crypto.PersonalDataCipher;
import org.chenggeng.shared.xlsx.XlsxWatermark;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The household register of a compound. The committee of the compound's community and administrators keep it
 * and see it in full; officials above it read it masked; nobody else reads it at all. Owner, phone and room are
 * encrypted in the database (decision 0030): the address order is the natural order of the decrypted labels, taken
 * here, and a search finds an exact owner's name or the phone's last four digits by their keyed hashes. Every read in
 * full is published as a {@link PersonalDataRead} for the audit log.
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
    private final PersonalDataCipher cipher;
    private final Clock clock;

    HouseholdService(HouseholdRepository households, ResponseRepository responses, FeedbackRepository feedback,
                     ConsultationAccess access, ApplicationEventPublisher events, SurveyCodeRepository surveyCodes,
                     PersonalDataCipher cipher, Clock clock) {
        this.surveyCodes = surveyCodes;
        this.cipher = cipher;
        this.clock = clock;
        this.households = households;
        this.responses = responses;
        this.feedback = feedback;
        this.access = access;
        this.events = events;
    }

    /** A compound's households in address order, optionally of one building; masked unless the user is its committee. */
    @Transactional(readOnly = true)
    public List<HouseholdRow> list(long compoundId, String building) {
        Register register = register(compoundId, "household.list compound ");
        List<HouseholdRow> rows = register.rows(households.findByCompoundId(compoundId), building);
        register.read("REGISTER_VIEW", rows.size());
        return rows;
    }

    /**
     * The compound's households whose owner is exactly {@code text}, or, when it is four digits, whose phone ends in
     * them, in address order; the committee only, since a search would tell anyone else whether a name is there.
     * Found by keyed hashes: the database holds no name or phone it could compare, so there is no search by part of a
     * name.
     */
    @Transactional(readOnly = true)
    public List<HouseholdRow> search(long compoundId, String text) {
        Actor actor = access.actor();
        access.requireCommitteeOf(actor, compoundId, "household.search compound " + compoundId);
        String wanted = text == null ? "" : text.trim();
        if (wanted.isEmpty()) {
            return list(compoundId, null);
        }
        List<Household> found = wanted.matches("[0-9]{4}")
                ? households.findByCompoundIdAndPhoneTailHash(compoundId, cipher.hash(HashKind.PHONE_TAIL, wanted))
                : households.findByCompoundIdAndOwnerHash(compoundId, cipher.hash(HashKind.NAME, wanted));
        Register register = new Register(compoundId, true);
        List<HouseholdRow> rows = register.rows(found, null);
        register.read("REGISTER_VIEW", rows.size());
        return rows;
    }

    /**
     * The register as an .xlsx file in the import's format: in full for the compound's committee, masked for the
     * officials above it, refused to everyone else. Written straight to {@code out} (a download's response), not
     * gathered in memory first. Every sheet carries who downloaded it and when, by the application's clock.
     */
    @Transactional(readOnly = true)
    public void export(long compoundId, java.util.Locale locale, java.io.OutputStream out) {
        Register register = register(compoundId, "household.export compound ");
        List<HouseholdRow> rows = register.rows(households.findByCompoundId(compoundId), null);
        register.read("REGISTER_EXPORT", rows.size());
        String mark = XlsxWatermark.text(access.actor().username(), clock.instant(), clock.getZone(), locale);
        HouseholdExport.write(rows, locale, mark, out);
    }

    /** Who may read the compound's register, and whether in full; refuses (and audits) anyone else. */
    private Register register(long compoundId, String what) {
        Actor actor = access.actor();
        if (!access.mayReadRegister(actor, compoundId)) {
            throw access.deny(actor, what + compoundId);
        }
        return new Register(compoundId, access.isCommitteeOf(actor, compoundId));
    }

    /** A register as one reader sees it. */
    private final class Register {
        private final long compoundId;
        private final boolean full;

        Register(long compoundId, boolean full) {
            this.compoundId = compoundId;
            this.full = full;
        }

        List<HouseholdRow> rows(List<Household> found, String building) {
            return found.stream().filter(h -> building == null || building.equals(h.getBuilding()))
                    .sorted(ADDRESS_ORDER).map(h -> row(h, full)).toList();
        }

        /** A read in full is a read of personal data; a masked one is not. */
        void read(String what, int rows) {
            if (full) {
                events.publishEvent(new PersonalDataRead(what, "COMPOUND", compoundId, rows));
            }
        }
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
        Household h = new Household(compoundId, data, sample, cipher);
        if (households.findByCompoundIdAndBuildingAndUnitAndRoomHash(compoundId, h.getBuilding(), h.getUnit(),
                h.getRoomHash()).isPresent()) {
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
        // checked on the new data before the entity takes it, so that the query's flush cannot hit the unique key
        Household changed = new Household(h.getCompoundId(), data, h.isSample(), cipher);
        if (households.existsByCompoundIdAndBuildingAndUnitAndRoomHashAndIdNot(h.getCompoundId(),
                changed.getBuilding(), changed.getUnit(), changed.getRoomHash(), id)) {
            throw new DomainException("household.error.duplicate", address(changed));
        }
        h.update(data, cipher);
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
