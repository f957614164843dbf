package org.chenggeng.audit;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an official may not read in an audit entry: a resident's feedback text and the answer to it, a household's
 * answers, and which household anything is about (its id, owner, phone, room). Also turns a recorded state into
 * labelled fields for the screen.
 */
public final class AuditRedaction {

    /** Per entity, the fields that carry a resident's words, a household's answer or a household's identity. */
    static final Map<String, Set<String>> PERSONAL = Map.of(
            "FEEDBACK", Set.of("content", "response", "reason", "householdId"),
            "HOUSEHOLD_RESPONSE", Set.of("answer", "householdId", "formNumber", "onPaper", "byProxy"),
            "HOUSEHOLD", Set.of("ownerName", "phone", "room"),
            "HOUSEHOLD_ACCEPTANCE", Set.of("householdId", "note", "formNumber", "signed", "result"));
    /** Entities whose id itself identifies a household. */
    static final Set<String> HOUSEHOLD_ENTITIES = Set.of("HOUSEHOLD", "HOUSEHOLD_RESPONSE", "HOUSEHOLD_ACCEPTANCE");

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<LinkedHashMap<String, String>> STATE = new TypeReference<>() {
    };

    private AuditRedaction() {
    }

    /** One field of a changed record: its name, and its value before and after ({@code null}: none). */
    public record Field(String name, String before, String after) {
    }

    static String entityId(String entityType, String entityId) {
        return entityType != null && HOUSEHOLD_ENTITIES.contains(entityType) ? null : entityId;
    }

    /** The recorded state without personal fields; a state that cannot be read is withheld whole. */
    static String state(String entityType, String json) {
        if (json == null) {
            return null;
        }
        Map<String, String> state = parse(json);
        if (state == null) {
            return null;
        }
        state.keySet().removeAll(entityType == null ? Set.of() : PERSONAL.getOrDefault(entityType, Set.of()));
        state.remove("householdId");
        return state.isEmpty() ? null : JSON.writeValueAsString(state);
    }

    static List<Field> fields(String before, String after) {
        Map<String, String> b = before == null ? Map.of() : orEmpty(parse(before));
        Map<String, String> a = after == null ? Map.of() : orEmpty(parse(after));
        Set<String> names = new LinkedHashSet<>(b.keySet());
        names.addAll(a.keySet());
        List<Field> fields = new ArrayList<>();
        for (String name : names) {
            fields.add(new Field(name, b.get(name), a.get(name)));
        }
        return fields;
    }

    /** The fields that name a record, in the order a label prefers them. */
    private static final List<String> LABELS = List.of("code", "username", "name");

    /**
     * The record's code, username or name from its state after the change, else before it; empty when neither has
     * one. Read as JSON, so an escaped quote in a name or a note that quotes another field does not mislead it.
     */
    static String label(String before, String after) {
        for (String state : new String[]{after, before}) {
            Map<String, String> fields = state == null ? Map.of() : orEmpty(parse(state));
            for (String name : LABELS) {
                String value = fields.get(name);
                if (value != null && !value.isBlank()) {
                    return value;
                }
            }
        }
        return "";
    }

    private static Map<String, String> orEmpty(Map<String, String> state) {
        return state == null ? Map.of() : state;
    }

    private static Map<String, String> parse(String json) {
        try {
            return JSON.readValue(json, STATE);
        } catch (RuntimeException e) {
            // a state cut short at the column's length no longer parses
            return null;
        }
    }
}
