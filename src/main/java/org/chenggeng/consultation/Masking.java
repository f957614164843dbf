package org.chenggeng.consultation;

/**
 * How personal data reads for someone who may not see it (PIPL): the first character of a name (张*), the first
 * three and last four digits of a phone (138****1234), the first character of a room number (3**).
 */
public final class Masking {

    private Masking() {
    }

    public static String name(String name) {
        if (name == null || name.isEmpty()) {
            return name;
        }
        int first = name.offsetByCodePoints(0, 1);
        return name.substring(0, first) + "*".repeat(Math.max(1, name.codePointCount(first, name.length())));
    }

    public static String phone(String phone) {
        if (phone == null || phone.isEmpty()) {
            return phone;
        }
        String digits = phone.replaceAll("[^0-9]", "");
        if (digits.length() < 8) {
            return "*".repeat(digits.length());
        }
        return digits.substring(0, 3) + "*".repeat(digits.length() - 7) + digits.substring(digits.length() - 4);
    }

    public static String room(String room) {
        if (room == null || room.isEmpty()) {
            return room;
        }
        return room.length() == 1 ? "*" : room.charAt(0) + "*".repeat(room.length() - 1);
    }
}
