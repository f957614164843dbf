package org.chenggeng.funding;

import org.chenggeng.shared.xlsx.SheetColumn;

import java.util.List;

/** A column of the investment import (完成投资): its header in Chinese and in English. The headers are the format. */
enum InvestmentColumn implements SheetColumn {
    MONTH("月份", "Month", true),
    SOURCE("资金来源", "Funding source", true),
    AMOUNT("金额（元）", "Amount (yuan)", true),
    NOTE("备注", "Note", false);

    private final String zh;
    private final String en;
    private final boolean required;

    InvestmentColumn(String zh, String en, boolean required) {
        this.zh = zh;
        this.en = en;
        this.required = required;
    }

    String zh() {
        return zh;
    }

    String en() {
        return en;
    }

    boolean required() {
        return required;
    }

    @Override
    public List<String> headers() {
        return List.of(zh, en);
    }
}
