package org.chenggeng.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;

/**
 * An Apache ECharts chart (the charting library Chinese government dashboards use) in a small Lit element.
 * The server builds the ECharts option as JSON; a click on a data point comes back as a {@link PointClick}.
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

    public String getOption() {
        return getElement().getProperty("optionJson", "");
    }

    public Registration addPointClickListener(ComponentEventListener<PointClick> listener) {
        return addListener(PointClick.class, listener);
    }

    /** A click on a bar, point or slice: its category name and indices. */
    @DomEvent("chart-click")
    public static class PointClick extends ComponentEvent<EChart> {

        private final String name;
        private final int dataIndex;

        public PointClick(EChart source, boolean fromClient, @EventData("event.detail.name") String name,
                          @EventData("event.detail.dataIndex") int dataIndex) {
            super(source, fromClient);
            this.name = name;
            this.dataIndex = dataIndex;
        }

        public String getName() {
            return name;
        }

        public int getDataIndex() {
            return dataIndex;
        }
    }
}
