/**
 * What every module's JSON API shares: the error body and its translation, the advice that turns exceptions
 * into it, paging, and the OpenAPI document's description. The controllers themselves live in the {@code api}
 * package of the module that owns the data, and call its public services like a view does.
 */
package org.chenggeng.shared.api;
