/**
 * Login, the signed-in user's profile and language, and user administration. The language switch and the
 * profile page are used by the application frame, so this package is a named interface of the module.
 */
@org.springframework.modulith.NamedInterface("ui")
package org.chenggeng.security.ui;
