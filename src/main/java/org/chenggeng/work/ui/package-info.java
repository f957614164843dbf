/**
 * The work screens: a project's progress with its items and monthly chart, planning work items, logging
 * progress on site (phone first), the catalogue of work types and the monthly locks.
 */
package org.chenggeng.work.ui;
