/** Where officials see a region's annual plan beside what its projects did, and the level above sets it. */
package org.chenggeng.plan.ui;
