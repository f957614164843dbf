/**
 * Reading .xlsx import files: a streaming reader of the first sheet, a header found by its text (in any
 * language a feature accepts), typed cell access that records each cell's problem instead of stopping, and the
 * problems as message keys the screen translates. What a row means, and whether it may be written, stays with
 * the feature that imports it.
 */
package org.chenggeng.shared.xlsx;
