package org.chenggeng.work;

/** The three classes of renovation work in national policy: 基础类, 完善类, 提升类. */
public enum WorkCategory {
    BASIC, IMPROVEMENT, ENHANCEMENT;

    public String labelKey() {
        return "work.category." + name();
    }
}
