package org.chenggeng.consultation;

import org.chenggeng.shared.DomainException;
import org.chenggeng.shared.crypto.PersonalDataCipher;
import org.chenggeng.shared.xlsx.ImportIssue;
import org.chenggeng.shared.xlsx.ImportRow;
import org.chenggeng.shared.xlsx.ImportSheet;
import org.springframework.stereotype.Component;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.chenggeng.consultation.HouseholdColumn.BUILDING;
import static org.chenggeng.consultation.HouseholdColumn.FLOOR_AREA;
import static org.chenggeng.consultation.HouseholdColumn.OWNER;
import static org.chenggeng.consultation.HouseholdColumn.PHONE;
import static org.chenggeng.consultation.HouseholdColumn.ROOM;
import static org.chenggeng.consultation.HouseholdColumn.UNIT;

/**
 * Reads a household file against a compound's register and inserts its new households. Each row is checked as
 * {@link Household} checks one (labels present and short, an area above zero to 9999.99 with two decimals at
 * most, a phone in shape); an address (building, unit, room) may appear once in a file; a household already in
 * the register with identical data is skipped, with different data it is an error, since an import never
 * overwrites what the committee has entered. Addresses compare without regard to letter case, as MySQL's unique
 * key does. Scope, the transaction and the audit are the caller's ({@link HouseholdImportService}).
 */
@Component
class HouseholdImport {

    private static final List<HouseholdColumn> COLUMNS = List.of(HouseholdColumn.values());
    private static final int LABEL_LENGTH = 20;
    private static final int OWNER_LENGTH = 50;

    private final HouseholdRepository households;
    private final PersonalDataCipher hashes;

    HouseholdImport(HouseholdRepository households, PersonalDataCipher hashes) {
        this.households = households;
        this.hashes = hashes;
    }

    /** What one pass over a file found: data rows, the households it would add, those already registered, problems. */
    record Reading(int rows, List<Household> added, int alreadyImported, List<ImportIssue> errors) {
    }

    Reading read(long compoundId, InputStream file, int maxRows) {
        Map<String, Household> register = households.findByCompoundId(compoundId).stream()
                .collect(Collectors.toMap(h -> key(h.getBuilding(), h.getUnit(), h.getRoom()), Function.identity(),
                        (a, b) -> a));
        Map<String, Integer> seen = new HashMap<>();
        List<Household> added = new ArrayList<>();
        List<ImportIssue> errors = new ArrayList<>();
        int[] counts = new int[2]; // examples skipped, already in the register
        ImportSheet<HouseholdColumn> sheet = ImportSheet.read(COLUMNS, HouseholdColumn.REQUIRED::contains, maxRows,
                file, fraction -> { }, row -> {
                    if (HouseholdTemplate.isExample(row)) {
                        counts[0]++;
                        return;
                    }
                    HouseholdData data = data(row);
                    if (data.building() != null && data.unit() != null && data.room() != null) {
                        String key = key(data.building(), data.unit(), data.room());
                        Integer first = seen.putIfAbsent(key, row.number());
                        if (first != null) {
                            row.error(ROOM, "householdImport.error.duplicateInFile", address(data), first);
                        } else if (!row.hasErrors() && register.containsKey(key)) {
                            counts[1] += compare(row, data, register.get(key)) ? 1 : 0;
                        } else if (!row.hasErrors()) {
                            create(row, compoundId, data, added);
                        }
                    }
                    errors.addAll(row.issues());
                });
        List<ImportIssue> all = new ArrayList<>(sheet.headerIssues());
        all.addAll(errors);
        return new Reading(sheet.rows() - counts[0], added, counts[1], all);
    }

    /** The row's values, each problem recorded on its cell; a value with a problem reads as null. */
    private static HouseholdData data(ImportRow<HouseholdColumn> row) {
        String building = label(row, BUILDING);
        String unit = label(row, UNIT);
        String room = label(row, ROOM);
        BigDecimal area = row.decimal(FLOOR_AREA, true);
        if (area != null) {
            try {
                area = Household.validArea(area);
            } catch (DomainException e) {
                row.error(FLOOR_AREA, e);
                area = null;
            }
        }
        String owner = row.text(OWNER);
        if (owner != null && owner.length() > OWNER_LENGTH) {
            row.error(OWNER, "error.tooLong", OWNER_LENGTH);
        }
        String phone = row.text(PHONE);
        try {
            Household.validPhone(phone);
        } catch (DomainException e) {
            row.error(PHONE, e);
        }
        return new HouseholdData(building, unit, room, area, owner, phone);
    }

    private static String label(ImportRow<HouseholdColumn> row, HouseholdColumn column) {
        String text = row.required(column);
        if (text != null && text.length() > LABEL_LENGTH) {
            row.error(column, "error.tooLong", LABEL_LENGTH);
            return null;
        }
        return text;
    }

    /**
     * Whether a row for an address already in the register says the same as the register (then it is skipped);
     * otherwise each column that differs is an error.
     */
    private static boolean compare(ImportRow<HouseholdColumn> row, HouseholdData data, Household known) {
        String address = address(data);
        differs(row, BUILDING, !data.building().equals(known.getBuilding()), address);
        differs(row, UNIT, !data.unit().equals(known.getUnit()), address);
        differs(row, ROOM, !data.room().equals(known.getRoom()), address);
        differs(row, FLOOR_AREA, data.floorArea().compareTo(known.getFloorArea()) != 0, address);
        differs(row, OWNER, !Objects.equals(data.ownerName(), known.getOwnerName()), address);
        differs(row, PHONE, !Objects.equals(data.phone(), known.getPhone()), address);
        return !row.hasErrors();
    }

    private static void differs(ImportRow<HouseholdColumn> row, HouseholdColumn column, boolean differs,
                                String address) {
        if (differs) {
            row.error(column, "householdImport.error.conflict", address);
        }
    }

    /** The entity is the last word on a household's shape; a refusal it still has is an error of the whole row. */
    private void create(ImportRow<HouseholdColumn> row, long compoundId, HouseholdData data,
                        List<Household> added) {
        try {
            added.add(new Household(compoundId, data, false, hashes));
        } catch (DomainException e) {
            row.error(null, e);
        }
    }

    private static String key(String building, String unit, String room) {
        return (building + '\u0001' + unit + '\u0001' + room).toLowerCase(Locale.ROOT);
    }

    /** 3号楼-2单元-302, as {@link HouseholdRow#address()} writes it. */
    private static String address(HouseholdData data) {
        return data.building() + "-" + data.unit() + "-" + data.room();
    }
}
