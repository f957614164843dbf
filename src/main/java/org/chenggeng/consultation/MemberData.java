package org.chenggeng.consultation;

/**
 * A working-group member as entered: name, organisation (e.g. 社区居委会), role in the group (e.g. 组长) and, optionally,
 * the office phone under which the public page lists the organisation as a contact (never the member's name).
 */
public record MemberData(String name, String organisation, String role, String officePhone) {

    public MemberData(String name, String organisation, String role) {
        this(name, organisation, role, null);
    }
}
