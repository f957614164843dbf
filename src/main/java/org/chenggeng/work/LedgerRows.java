package org.chenggeng.work;

import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

/**
 * The raw ledger of {@link ProgressReadService#ledger}, read with plain JDBC fifty projects a query and streamed. The
 * database orders by project only, which it reads in that order anyway from the items' project index, so it sends
 * rows as it finds them instead of sorting first (ordered by item, date and entry too, MySQL sorted every chunk
 * before sending its first row); the rows of one project are put in ledger order here, at most one project's entries
 * held at a time.
 */
final class LedgerRows {

    private static final int PROJECTS_A_QUERY = 50;

    private LedgerRows() {
    }

    static void read(JdbcTemplate jdbc, Collection<Long> projectIds, LocalDate from, LocalDate to,
                     Consumer<LedgerRow> sink) {
        List<Long> ids = projectIds.stream().distinct().sorted().toList();
        List<LedgerRow> project = new ArrayList<>();
        for (int s = 0; s < ids.size(); s += PROJECTS_A_QUERY) {
            List<Object> args = new ArrayList<>(ids.subList(s, Math.min(ids.size(), s + PROJECTS_A_QUERY)));
            String sql = "select e.id, i.project_id, e.work_item_id, i.work_type_id, e.work_date, e.quantity, e.note, "
                    + "e.corrects_id, e.reason, e.recorded_by, e.recorded_at from progress_entry e join work_item i "
                    + "on i.id = e.work_item_id where i.project_id in (" + WorkItemStates.marks(args)
                    + ") and e.work_date between ? and ? order by i.project_id";
            args.add(java.sql.Date.valueOf(from));
            args.add(java.sql.Date.valueOf(to));
            jdbc.query(con -> streamed(con, sql, args), rs -> {
                LedgerRow row = row(rs);
                if (!project.isEmpty() && !project.getFirst().projectId().equals(row.projectId())) {
                    inLedgerOrder(project, sink);
                }
                project.add(row);
            });
        }
        inLedgerOrder(project, sink);
    }

    /**
     * The row at the cursor. Dates as LocalDate and LocalDateTime rather than getDate and getTimestamp(…, UTC): the
     * same values (recorded_at holds UTC), without the Calendar and value factory MySQL's driver makes for each call.
     */
    private static LedgerRow row(ResultSet rs) throws SQLException {
        long corrects = rs.getLong(8);
        Long correctsId = rs.wasNull() ? null : corrects;
        LocalDateTime at = rs.getObject(11, LocalDateTime.class);
        return new LedgerRow(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                rs.getObject(5, LocalDate.class), rs.getBigDecimal(6), rs.getString(7), correctsId, rs.getString(9),
                rs.getString(10), at == null ? null : at.toInstant(ZoneOffset.UTC));
    }

    /** Within a project: by item, date and entry id. */
    private static int ledgerOrder(LedgerRow a, LedgerRow b) {
        int c = Long.compare(a.itemId(), b.itemId());
        if (c == 0) {
            c = a.workDate().compareTo(b.workDate());
        }
        return c != 0 ? c : Long.compare(a.entryId(), b.entryId());
    }

    /**
     * One project's rows as the database sent them (by item and date, from its index, so mostly in order already),
     * sorted where they are not, handed on and let go.
     */
    private static void inLedgerOrder(List<LedgerRow> project, Consumer<LedgerRow> sink) {
        for (int i = 1; i < project.size(); i++) {
            if (ledgerOrder(project.get(i - 1), project.get(i)) > 0) {
                project.sort(LedgerRows::ledgerOrder);
                break;
            }
        }
        project.forEach(sink);
        project.clear();
    }

    /**
     * A statement whose rows MySQL's driver hands over as they arrive instead of after the last one (its streaming
     * mode, a fetch size of {@code Integer.MIN_VALUE}), so the database sends while the export formats and compresses;
     * other databases use their default. The sink must not use the database while the rows are streamed.
     */
    private static PreparedStatement streamed(Connection con, String sql, List<Object> args) throws SQLException {
        PreparedStatement ps = con.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
        if (con.getMetaData().getDatabaseProductName().equalsIgnoreCase("MySQL")) {
            ps.setFetchSize(Integer.MIN_VALUE);
        }
        for (int i = 0; i < args.size(); i++) {
            ps.setObject(i + 1, args.get(i));
        }
        return ps;
    }
}
