package org.chenggeng.shared.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;

/**
 * An Apache ECharts chart (the charting library Chinese government dashboards use) in a small Lit element.
 * The server builds the ECharts option as JSON; a click on a bar, point or slice comes back as a
 * {@link ChartClickEvent} so that a figure can drill down to what is behind it.
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

    public Registration addChartClickListener(ComponentEventListener<ChartClickEvent> listener) {
        getElement().setAttribute("clickable", true);
        return addListener(ChartClickEvent.class, listener);
    }

    /** A click on a data item: its series, its index in the series, and its category name. */
    @DomEvent("chart-click")
    public static class ChartClickEvent extends ComponentEvent<EChart> {

        private final int seriesIndex;
        private final int dataIndex;
        private final String name;

        public ChartClickEvent(EChart source, boolean fromClient,
                               @EventData("event.detail.seriesIndex") int seriesIndex,
                               @EventData("event.detail.dataIndex") int dataIndex,
                               @EventData("event.detail.name") String name) {
            super(source, fromClient);
            this.seriesIndex = seriesIndex;
            this.dataIndex = dataIndex;
            this.name = name;
        }

        public int seriesIndex() {
            return seriesIndex;
        }

        public int dataIndex() {
            return dataIndex;
        }

        public String name() {
            return name;
        }
    }
}
