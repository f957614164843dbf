/**
 * Projects in the JSON API ({@code /api/v1/projects}): the list in the caller's scope and a project with its
 * lifecycle history. The controller calls {@link org.chenggeng.project.ProjectAccess}, which checks scope.
 */
package org.chenggeng.project.api;
