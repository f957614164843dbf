/**
 * Types every feature module shares: the versioned base entity, domain exceptions that carry a message key
 * instead of a sentence, the change event the audit module records, the reading of .xlsx import files, and
 * small UI helpers. Shared depends on no feature module.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.chenggeng.shared;
