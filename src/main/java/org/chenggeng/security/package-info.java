/**
 * Who may do what, and where. Users live in the database with a role and a scope (a region, and for project
 * managers the projects assigned to them); {@link org.chenggeng.security.CurrentUser} hands services the acting
 * user so that every operation can check role and scope itself. Login throttling, password policy and the
 * production bootstrap of the first administrator live here too. The region and project modules supply
 * the choices for a user's scope through {@link org.chenggeng.security.ScopeDirectory}, so that this module
 * depends on neither.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package org.chenggeng.security;
