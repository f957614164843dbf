/** The project list, the project page, the project form and the lifecycle dialog. */
package org.chenggeng.project.ui;
