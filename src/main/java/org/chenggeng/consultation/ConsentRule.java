package org.chenggeng.consultation;

/**
 * How a consent round decides. {@code CIVIL_CODE_278}: 民法典 第二百七十八条, participation by at least two
 * thirds of the floor area and of the households in scope, and agreement by at least three quarters of the
 * participating floor area and households. {@code TWO_THIRDS_HOUSEHOLDS}: at least two thirds of all households
 * in scope agree.
 */
public enum ConsentRule {
    CIVIL_CODE_278, TWO_THIRDS_HOUSEHOLDS;

    public String labelKey() {
        return "consent.rule." + name();
    }
}
