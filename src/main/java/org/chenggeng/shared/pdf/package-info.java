/**
 * Writing PDF documents with the bundled OFL fonts (Noto Sans SC and Noto Serif SC, embedded as subsets), so that
 * Chinese renders on any reader: loading them, measuring text and breaking it into lines as Chinese typesetting does.
 * What a document says and how it is laid out stays with the feature that writes it.
 */
package org.chenggeng.shared.pdf;
