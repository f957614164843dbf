/**
 * Small UI pieces every feature's views use: translation, locale-aware formats and notifications, and the parts
 * of a spreadsheet import screen (the upload field, the grid of bad rows, the background runner).
 */
package org.chenggeng.shared.ui;
