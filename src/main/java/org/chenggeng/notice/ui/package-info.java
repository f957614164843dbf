/**
 * The staff's screens of public notices: a project's 公示 page (its notices, publishing one with its period, its
 * attachments while a draft, withdrawal with a reason, the objections received) and the administrator's switch of
 * the 立项 gate.
 */
package org.chenggeng.notice.ui;
