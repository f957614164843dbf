/**
 * The administrative tree (city → district → street → community) and the residential compounds in each
 * community. Other modules link to regions and compounds by id and ask this module which communities lie
 * within a user's region.
 */
package org.chenggeng.region;
