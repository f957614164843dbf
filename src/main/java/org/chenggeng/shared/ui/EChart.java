package org.chenggeng.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;

/**
 * An Apache ECharts chart (the charting library Chinese government dashboards use) in a small Lit element.
 * The server builds the ECharts option as JSON.
 */
@Tag("cg-echart")
@NpmPackage(value = "echarts", version = "5.6.0")
@JsModule("./components/cg-echart.ts")
public class EChart extends Component implements HasSize {

    public EChart() {
        setWidthFull();
        setHeight("320px");
    }

    /** Replaces the chart's option (an ECharts option object as JSON). */
    public void setOption(String optionJson) {
        getElement().setProperty("optionJson", optionJson);
    }
}
