/** The report screen: filters, a preview of the report document, and its downloads generated in the background. */
package org.chenggeng.reporting.ui;
