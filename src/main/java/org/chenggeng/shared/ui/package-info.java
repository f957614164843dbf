/** Small UI pieces every feature's views use: translation, locale-aware formats and notifications. */
package org.chenggeng.shared.ui;
