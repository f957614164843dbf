package org.chenggeng.work;

/**
 * Where the quantity stands in the report's phrase: after the object (治理社区外露线网1742米) or, with its
 * classifier, before it (清淘39座化粪池).
 */
public enum PhraseOrder {
    OBJECT_THEN_QUANTITY, QUANTITY_THEN_OBJECT
}
