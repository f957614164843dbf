package org.chenggeng.funding;

/** What the administrator enters for a funding source. */
public record FundingSourceData(String code, String nameZh, String nameEn, int sortOrder) {
}
