package org.chenggeng.consultation;

/** A working-group member as entered: name, organisation (e.g. 社区居委会) and role in the group (e.g. 组长). */
public record MemberData(String name, String organisation, String role) {
}
