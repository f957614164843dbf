/**
 * The residents' committee's side of a renewal: the household register (personal data, masked for anyone but
 * the committee of that community and administrators), the consultation working group, consultation rounds
 * with door-to-door responses and exact consent tallies, and resident feedback whose adoption links it to the
 * work items that answer it. A project reaches 立项 only through a passed consent round.
 */
package org.chenggeng.consultation;
