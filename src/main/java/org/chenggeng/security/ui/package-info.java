/** Login, the signed-in user's profile and language, and user administration. */
package org.chenggeng.security.ui;
