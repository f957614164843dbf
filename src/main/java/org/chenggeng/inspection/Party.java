package org.chenggeng.inspection;

/** The parties to a completion acceptance: 建设, 施工, 监理, 设计 units, the street, the community, residents' representatives. */
public enum Party {
    CLIENT, CONTRACTOR, SUPERVISOR, DESIGNER, STREET, COMMUNITY, RESIDENTS;

    public String labelKey() {
        return "acceptance.party." + name();
    }
}
