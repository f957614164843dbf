package org.chenggeng.inspection;

/** Who maintains the compound after the hand-over: 物业服务企业, 业主自管, 社区托管. */
public enum ReceivingKind {
    PROPERTY_COMPANY, OWNERS, COMMUNITY;

    public String labelKey() {
        return "handover.kind." + name();
    }
}
