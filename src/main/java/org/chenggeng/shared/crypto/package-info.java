/**
 * Residents' personal data encrypted at rest (decision record 0030): a cipher that writes each value as a versioned
 * text ({@code a1:} + base64 of IV, ciphertext and tag) under a key from the environment, keyed hashes that let the
 * database keep a unique key and find a row without holding the plaintext, the JPA converter that puts both on an
 * entity's columns, and the start-up step that encrypts what is still plain and re-encrypts what an older key wrote.
 */
package org.chenggeng.shared.crypto;
