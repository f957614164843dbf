/**
 * The consultation screens: the household register, a project's consultation page (rounds, working group,
 * feedback), a round with its tallies, and door-to-door recording on a phone.
 */
package org.chenggeng.consultation.ui;
