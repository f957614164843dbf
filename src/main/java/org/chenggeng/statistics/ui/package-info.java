/** The statistics screen: a region's monthly form, its submission, and the level above's decisions. */
package org.chenggeng.statistics.ui;
