/**
 * The end of a project as the rules require it (decision record 0023): inspections at key stages by officials and
 * supervisors (质量, 安全, 文明施工, 隐蔽工程, 阶段验收) with a checklist from the administrator's template, their
 * findings with photos and the work items they concern. The module depends on {@code project}, {@code work},
 * {@code consultation} and {@code evidence} through their public services and implements their extension points
 * ({@code EvidenceOwner} for its records' photos), so that none of them knows it exists.
 */
package org.chenggeng.inspection;
