/** The JSON API's writes to the region tree and the compounds, for administrators. */
package org.chenggeng.region.api;
