/** The officials' dashboard and the report screen. */
package org.chenggeng.reporting.ui;
