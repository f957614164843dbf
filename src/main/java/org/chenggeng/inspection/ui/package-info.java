/**
 * The inspection screens: a project's 检查验收 page, recording an inspection on a phone or a desk, one inspection in
 * full, and the administrator's checklists.
 */
package org.chenggeng.inspection.ui;
