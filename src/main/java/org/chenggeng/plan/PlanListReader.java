package org.chenggeng.plan;

import org.chenggeng.funding.FundingSourceRow;
import org.chenggeng.region.CompoundService;
import org.chenggeng.shared.DomainException;
import org.chenggeng.shared.MessageKey;
import org.chenggeng.work.Unit;
import org.chenggeng.work.WorkItemData;
import org.chenggeng.project.ProjectData;
import org.chenggeng.shared.xlsx.ImportIssue;
import org.chenggeng.shared.xlsx.ImportRow;
import org.chenggeng.shared.xlsx.ImportSheet;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.DoubleConsumer;

/**
 * Reads a plan list against what exists: every row's problems (a community that is not one, a new compound without
 * its facts, a bad or repeated project code, amounts and works that are not), the good rows to add, and the rows
 * whose project code exists already (imported before: skipped, so a second import adds nothing).
 */
final class PlanListReader {

    /**
     * What the rows are checked against, looked up once: communities within the importer's scope by name or path,
     * compounds (by {@link #compoundKey}), project codes in use (upper case), work types by code or name with their
     * units, and the active funding sources.
     */
    record Lookup(Map<String, List<Long>> communities, Map<String, Long> compounds, Set<String> codes,
                  Map<String, Long> workTypes, Map<Long, Unit> units, List<FundingSourceRow> sources) {

        /** A compound's name in its community, letter case aside, as the database's unique key compares it. */
        static String compoundKey(long communityId, String name) {
            return communityId + "\u0001" + name.trim().toLowerCase(Locale.ROOT);
        }
    }

    record Reading(int rows, List<ImportIssue> issues, List<PlanListRow> toAdd, int skipped) {
    }

    private PlanListReader() {
    }

    static Reading read(InputStream file, int maxRows, Lookup lookup, DoubleConsumer progress) {
        List<ImportIssue> issues = new ArrayList<>();
        List<PlanListRow> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int[] skipped = {0};
        ImportSheet<PlanListColumn> sheet = ImportSheet.read(PlanListColumn.all(lookup.sources()),
                PlanListColumn::required, maxRows, file, progress, row -> {
                    PlanListRow read = row(row, lookup, seen);
                    issues.addAll(row.issues());
                    if (read != null && !row.hasErrors()) {
                        if (lookup.codes().contains(read.code().toUpperCase(Locale.ROOT))) {
                            skipped[0]++;
                        } else {
                            rows.add(read);
                        }
                    }
                });
        List<ImportIssue> all = new ArrayList<>(sheet.headerIssues());
        all.addAll(issues);
        return new Reading(sheet.rows(), all, rows, skipped[0]);
    }

    private static PlanListRow row(ImportRow<PlanListColumn> row, Lookup lookup, Set<String> seen) {
        String community = row.required(PlanListColumn.REGION);
        String compound = row.required(PlanListColumn.COMPOUND);
        String code = row.required(PlanListColumn.CODE);
        String name = row.required(PlanListColumn.NAME);
        Integer year = whole(row, PlanListColumn.YEAR, true);
        Integer built = whole(row, PlanListColumn.YEAR_BUILT, false);
        Integer buildings = whole(row, PlanListColumn.BUILDINGS, false);
        Integer households = whole(row, PlanListColumn.HOUSEHOLDS, false);
        BigDecimal area = row.decimal(PlanListColumn.FLOOR_AREA, false);
        String unit = row.text(PlanListColumn.UNIT);
        Long communityId = community == null ? null : community(row, lookup, community.replace(" ", ""));
        Long compoundId = communityId == null || compound == null ? null
                : lookup.compounds().get(Lookup.compoundKey(communityId, compound));
        if (communityId != null && compound != null && compoundId == null) {
            if (buildings == null || households == null || area == null) {
                row.error(PlanListColumn.COMPOUND, "planlist.error.newCompoundFacts", compound);
            } else {
                checkCompound(row, new CompoundService.CompoundData(compound, built, buildings, households, area));
            }
        }
        if (area != null && (area.signum() < 0 || area.scale() > 2)) {
            row.error(PlanListColumn.FLOOR_AREA, "planlist.error.amount");
        }
        if (code != null && !ProjectData.CODE.matcher(code).matches()) {
            row.error(PlanListColumn.CODE, "project.error.codeFormat");
        } else if (code != null && !seen.add(code.toUpperCase(Locale.ROOT))) {
            row.error(PlanListColumn.CODE, "planlist.error.duplicateCode", code);
        }
        if (name != null && name.length() > 200 || unit != null && unit.length() > 200) {
            row.error(name != null && name.length() > 200 ? PlanListColumn.NAME : PlanListColumn.UNIT,
                    "error.tooLong", 200);
        }
        if (year != null && (year < 2000 || year > 2100)) {
            row.error(PlanListColumn.YEAR, "project.error.year");
        }
        Map<Long, BigDecimal> investment = new LinkedHashMap<>();
        for (PlanListColumn c : PlanListColumn.all(lookup.sources())) {
            if (c.sourceId() != null) {
                BigDecimal amount = row.decimal(c, false);
                if (amount != null && (amount.signum() < 0 || amount.scale() > 2
                        || amount.compareTo(new BigDecimal("1000000000000")) >= 0)) {
                    row.error(c, "planlist.error.amount");
                } else if (amount != null && amount.signum() > 0) {
                    investment.put(c.sourceId(), amount);
                }
            }
        }
        Map<Long, BigDecimal> works = works(row, lookup);
        if (row.hasErrors()) {
            return null;
        }
        return new PlanListRow(row.number(), communityId, compoundId, compound, built,
                buildings == null ? 0 : buildings, households == null ? 0 : households, area, code, name, year, unit,
                investment, works);
    }

    /** A new compound's facts under the compound's own rules (name length, year built, floor area …). */
    private static void checkCompound(ImportRow<PlanListColumn> row, CompoundService.CompoundData data) {
        try {
            data.check();
        } catch (DomainException e) {
            row.error(switch (e.messageKey()) {
                case "compound.error.yearBuilt" -> PlanListColumn.YEAR_BUILT;
                case "compound.error.floorArea" -> PlanListColumn.FLOOR_AREA;
                case "compound.error.negative" -> PlanListColumn.BUILDINGS;
                default -> PlanListColumn.COMPOUND;
            }, e);
        }
    }

    private static Long community(ImportRow<PlanListColumn> row, Lookup lookup, String text) {
        List<Long> found = lookup.communities().getOrDefault(text, List.of());
        if (found.size() == 1) {
            return found.getFirst();
        }
        row.error(PlanListColumn.REGION, found.isEmpty() ? "planlist.error.unknownCommunity"
                : "planlist.error.ambiguousCommunity", text);
        return null;
    }

    /** Works as 代码或名称:数量, separated by ; or ；, e.g. ROAD_PAVING:9800；污水井清淘:240. */
    private static Map<Long, BigDecimal> works(ImportRow<PlanListColumn> row, Lookup lookup) {
        Map<Long, BigDecimal> works = new HashMap<>();
        String text = row.text(PlanListColumn.WORKS);
        if (text == null) {
            return works;
        }
        for (String part : text.split("[;；\\n]")) {
            if (part.isBlank()) {
                continue;
            }
            String[] pair = part.trim().split("[:：=]", 2);
            Long type = lookup.workTypes().get(pair[0].trim());
            BigDecimal quantity = null;
            try {
                quantity = pair.length < 2 ? null : new BigDecimal(pair[1].trim().replace(",", ""));
            } catch (NumberFormatException e) {
                // reported below
            }
            if (type == null) {
                row.error(PlanListColumn.WORKS, "planlist.error.unknownWorkType", pair[0].trim());
            } else if (quantity == null || quantity.signum() <= 0 || quantity.scale() > 2
                    || quantity.compareTo(new BigDecimal("1000000000")) >= 0) {
                row.error(PlanListColumn.WORKS, "planlist.error.workQuantity", part.trim());
            } else if (works.put(type, quantity) != null) {
                row.error(PlanListColumn.WORKS, "planlist.error.workTwice", pair[0].trim());
            } else {
                try {
                    new WorkItemData(type, quantity, null, null, null, null).check(lookup.units().get(type));
                } catch (DomainException e) {
                    if ("progress.error.wholeNumber".equals(e.messageKey())) {
                        row.error(PlanListColumn.WORKS, "planlist.error.workWholeNumber", part.trim(),
                                MessageKey.of(lookup.units().get(type).labelKey()));
                    } else {
                        row.error(PlanListColumn.WORKS, e);
                    }
                }
            }
        }
        return works;
    }

    private static Integer whole(ImportRow<PlanListColumn> row, PlanListColumn column, boolean required) {
        BigDecimal n = row.decimal(column, required);
        if (n == null) {
            return null;
        }
        if (n.stripTrailingZeros().scale() > 0 || n.signum() < 0 || n.compareTo(BigDecimal.valueOf(10_000_000)) > 0) {
            row.error(column, "planlist.error.wholeNumber");
            return null;
        }
        return n.intValue();
    }
}
