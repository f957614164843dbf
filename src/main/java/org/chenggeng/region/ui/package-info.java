/** Administration of the region tree and of compounds. */
package org.chenggeng.region.ui;
