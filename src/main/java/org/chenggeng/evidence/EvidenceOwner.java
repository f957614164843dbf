package org.chenggeng.evidence;

import java.util.Set;

/**
 * Implemented by each module whose records carry evidence (the work module for entries and work items, the
 * consultation module for answers and feedback): it knows where its record sits and who may see it, so that access
 * to a file follows the record it belongs to without this module reading another's tables.
 */
public interface EvidenceOwner {

    /** The kinds of record this owner answers for. */
    Set<OwnerType> types();

    /**
     * Where the record sits, after checking that the signed-in user may see it ({@code attach} false) or attach files
     * to it ({@code attach} true); refuses (and audits, through {@code CurrentUser}) otherwise, and a record that does
     * not exist is not found.
     */
    Place place(OwnerType type, long ownerId, boolean attach);

    /** The project a record belongs to and, for an entry or a work item, the work item. */
    record Place(long projectId, Long workItemId) {
    }
}
