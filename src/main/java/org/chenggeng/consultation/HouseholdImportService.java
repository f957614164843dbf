package org.chenggeng.consultation;

import jakarta.annotation.security.RolesAllowed;
import org.chenggeng.region.CompoundService;
import org.chenggeng.region.CompoundService.CompoundRow;
import org.chenggeng.security.Actor;
import org.chenggeng.security.Roles;
import org.chenggeng.shared.DomainException;
import org.chenggeng.shared.EntityChanged;
import org.chenggeng.shared.NotFoundException;
import org.chenggeng.shared.Snapshot;
import org.chenggeng.shared.xlsx.ImportIssue;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Spreadsheet import of a compound's household register (.xlsx): a template headed in the user's language, a
 * preview that finds every bad row without writing, and an all-or-nothing import that adds only households not
 * yet registered, so that importing a file twice adds its households once. Only the committee of the compound's
 * community and administrators import; every refusal is audited. Each import is audited as one summary of counts,
 * without any personal data, because officials read the audit log.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class HouseholdImportService {

    /** The most data rows a file may have: a compound has a few thousand households at most. */
    public static final int MAX_ROWS = 20_000;

    private final HouseholdImport reader;
    private final HouseholdInserts inserts;
    private final ConsultationAccess access;
    private final CompoundService compounds;
    private final ApplicationEventPublisher events;

    HouseholdImportService(HouseholdImport reader, HouseholdInserts inserts, ConsultationAccess access,
                           CompoundService compounds, ApplicationEventPublisher events) {
        this.reader = reader;
        this.inserts = inserts;
        this.access = access;
        this.compounds = compounds;
        this.events = events;
    }

    /** The compound an import screen is for. */
    public record ImportTarget(Long compoundId, String compoundName, String communityName) {
    }

    /** The compound, if the signed-in user may import into its register; refuses (and audits) anyone else. */
    @Transactional(readOnly = true)
    public ImportTarget target(long compoundId) {
        return writable(compoundId, "household.import.target compound " + compoundId);
    }

    /**
     * The .xlsx template: headers in the user's language (楼号, 单元, 室号, 建筑面积（m²）, 户主, 联系电话 or
     * Building, Unit, Room, Floor area (m²), Owner, Phone) and one example row, which an import skips.
     */
    @RolesAllowed({Roles.SYSTEM_ADMIN, Roles.COMMUNITY_COMMITTEE})
    public byte[] template(Locale locale) {
        return HouseholdTemplate.write(locale);
    }

    /**
     * Reads the whole file and says what importing it would do: every bad row with its column and reason, the
     * households that would be added, and those already in the register with the same data (which are skipped).
     * Writes nothing. A file of more than {@link #MAX_ROWS} rows, or one that is no .xlsx, is refused.
     */
    @Transactional(readOnly = true)
    public HouseholdImportPreview preview(long compoundId, InputStream xlsx) {
        writable(compoundId, "household.import.preview compound " + compoundId);
        HouseholdImport.Reading r = reader.read(compoundId, xlsx, MAX_ROWS);
        return new HouseholdImportPreview(r.rows(), r.added().size(), r.alreadyImported(), r.errors());
    }

    /**
     * Imports the file if every row is valid, in one transaction; a file with any bad row writes nothing
     * ({@code import.error.fileHasErrors}). Households already in the register with the same data are skipped.
     * Read committed, so that what another import committed meanwhile counts as registered; one that commits the
     * same addresses while this one writes makes this one fail whole ({@code import.error.concurrent}).
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public HouseholdImportResult commit(long compoundId, InputStream xlsx) {
        ImportTarget target = writable(compoundId, "household.import compound " + compoundId);
        HouseholdImport.Reading r = reader.read(compoundId, xlsx, MAX_ROWS);
        List<ImportIssue> errors = r.errors();
        if (!errors.isEmpty()) {
            throw new DomainException("import.error.fileHasErrors", errors.size());
        }
        try {
            inserts.insert(r.added());
        } catch (DataIntegrityViolationException | PessimisticLockingFailureException e) {
            throw new DomainException("import.error.concurrent");
        }
        Map<String, String> summary = Snapshot.of().put("compoundId", compoundId).put("name", target.compoundName())
                .put("rows", r.rows()).put("imported", r.added().size()).put("alreadyImported", r.alreadyImported())
                .toMap();
        events.publishEvent(EntityChanged.updated(HouseholdService.ENTITY, compoundId, "IMPORT", Map.of(), summary));
        return new HouseholdImportResult(r.added().size(), r.alreadyImported());
    }

    private ImportTarget writable(long compoundId, String what) {
        Actor actor = access.actor();
        access.requireCommitteeOf(actor, compoundId, what);
        CompoundRow compound = compounds.byIds(List.of(compoundId)).stream().findFirst()
                .orElseThrow(NotFoundException::new);
        return new ImportTarget(compound.id(), compound.name(), compound.communityName());
    }
}
