/**
 * Work items and progress in the JSON API: a project's items with their progress, and logging an entry through
 * {@link org.chenggeng.work.ProgressService}, with the same validation, scope and period locks as on screen.
 */
package org.chenggeng.work.api;
