package org.chenggeng.region;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Inserts checked compounds with JDBC batches, for an import of thousands (identity keys keep Hibernate from
 * batching), and reads their ids back by their natural key, the name in its community ({@code uq_compound_name}),
 * rather than trusting the generated keys of a multi-row insert to be consecutive (decision 0021).
 */
@Component
class CompoundInserts {

    private static final int BATCH = 1000;
    private static final int CHUNK = 500;
    private static final String INSERT = "insert into compound (community_id, name, year_built, buildings, households, "
            + "floor_area, sample, version) values (?, ?, ?, ?, ?, ?, ?, 0)";

    private final JdbcTemplate jdbc;

    CompoundInserts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The key a compound's name is unique by in its community: letter case aside, as MySQL's unique key compares. */
    static String key(long communityId, String name) {
        return communityId + "\u0001" + name.trim().toLowerCase(Locale.ROOT);
    }

    /** Ids by {@link #key} of the compounds with these keys that exist in the communities. */
    Map<String, Long> existing(Set<Long> communityIds) {
        Map<String, Long> ids = new HashMap<>();
        List<Long> all = List.copyOf(new TreeSet<>(communityIds));
        for (int s = 0; s < all.size(); s += CHUNK) {
            List<Long> chunk = all.subList(s, Math.min(all.size(), s + CHUNK));
            jdbc.query("select id, community_id, name from compound where community_id in ("
                    + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")", rs -> {
                ids.put(key(rs.getLong(2), rs.getString(3)), rs.getLong(1));
            }, chunk.toArray());
        }
        return ids;
    }

    /** Inserts compounds that passed their entity's checks and whose names their communities do not hold; their ids. */
    List<Long> insert(List<Compound> added) {
        jdbc.batchUpdate(INSERT, added, BATCH, (ps, c) -> {
            ps.setLong(1, c.getCommunityId());
            ps.setString(2, c.getName());
            ps.setObject(3, c.getYearBuilt(), java.sql.Types.INTEGER);
            ps.setInt(4, c.getBuildings());
            ps.setInt(5, c.getHouseholds());
            ps.setBigDecimal(6, c.getFloorArea());
            ps.setBoolean(7, c.isSample());
        });
        Map<String, Long> ids = existing(added.stream().map(Compound::getCommunityId)
                .collect(java.util.stream.Collectors.toSet()));
        List<Long> result = new ArrayList<>(added.size());
        added.forEach(c -> result.add(ids.get(key(c.getCommunityId(), c.getName()))));
        return result;
    }
}
