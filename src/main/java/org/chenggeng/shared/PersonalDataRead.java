package org.chenggeng.shared;

/**
 * Published by a service when it shows or hands out residents' personal data unmasked (a register shown in full, a
 * household's scan opened, a register exported), so that the audit module records who read what (等保: reads of
 * personal data are audited, not only changes). {@code what} names the read ({@code REGISTER_VIEW},
 * {@code REGISTER_EXPORT}, {@code HOUSEHOLD_SCAN} …); {@code entityType} and {@code entityId} name its object (a
 * compound, a household, an attachment); {@code rows} is how many residents' records it carried, where known.
 */
public record PersonalDataRead(String what, String entityType, Object entityId, int rows) {
}
