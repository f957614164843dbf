package org.chenggeng.shared;

import java.util.Map;

/**
 * Published by a service in the transaction that changes an entity; the audit module records it with the
 * acting user. Snapshots are flat maps of field name to displayable value.
 */
public record EntityChanged(String entityType, Object entityId, String action,
                            Map<String, String> before, Map<String, String> after) {

    public static EntityChanged created(String type, Object id, Map<String, String> after) {
        return new EntityChanged(type, id, "CREATE", Map.of(), after);
    }

    public static EntityChanged updated(String type, Object id, String action,
                                        Map<String, String> before, Map<String, String> after) {
        return new EntityChanged(type, id, action, before, after);
    }
}
