package org.chenggeng.inspection;

/** The kinds of inspection: 质量, 安全, 文明施工, 隐蔽工程 (before work covers it up), 阶段验收 (a stage's acceptance). */
public enum InspectionKind {
    QUALITY, SAFETY, CIVILISED, CONCEALED, STAGE;

    public String labelKey() {
        return "inspection.kind." + name();
    }
}
