// A thin Lit wrapper around Apache ECharts: the server sends the chart's option as JSON, the element draws it,
// follows its own size, and reports clicks on data items as 'chart-click' events for drill-down.
import { LitElement, css, html } from 'lit';
import * as echarts from 'echarts/core';
import { BarChart, LineChart, PieChart } from 'echarts/charts';
import { DatasetComponent, GridComponent, LegendComponent, MarkLineComponent, TitleComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([BarChart, LineChart, PieChart, DatasetComponent, GridComponent, LegendComponent, MarkLineComponent,
  TitleComponent, TooltipComponent, CanvasRenderer]);

class CgEchart extends LitElement {
  static properties = { optionJson: { type: String, attribute: 'option-json' } };
  static styles = css`:host { display: block; width: 100%; min-height: 240px; } :host([clickable]) { cursor: pointer; } #chart { width: 100%; height: 100%; min-height: inherit; }`;

  declare optionJson: string;
  private chart?: echarts.ECharts;
  private resizeObserver?: ResizeObserver;

  render() {
    return html`<div id="chart"></div>`;
  }

  firstUpdated() {
    const el = this.renderRoot.querySelector('#chart') as HTMLElement;
    this.chart = echarts.init(el, undefined, { renderer: 'canvas' });
    this.resizeObserver = new ResizeObserver(() => this.chart?.resize());
    this.resizeObserver.observe(this);
    this.chart.on('click', (p: any) => {
      this.dispatchEvent(new CustomEvent('chart-click', {
        detail: { seriesIndex: p.seriesIndex ?? 0, dataIndex: p.dataIndex ?? 0, name: String(p.name ?? '') },
      }));
    });
    this.apply();
  }

  updated(changed: Map<string, unknown>) {
    if (changed.has('optionJson')) {
      this.apply();
    }
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.chart?.dispose();
    this.chart = undefined;
  }

  /** Reports a click on a data item as a click on the canvas would; lets browser tests drill down by index. */
  clickItem(seriesIndex: number, dataIndex: number) {
    const option: any = this.chart?.getOption();
    const axis = option?.xAxis?.[0]?.type === 'category' ? option.xAxis[0] : option?.yAxis?.[0];
    const name = String(axis?.data?.[dataIndex] ?? '');
    this.dispatchEvent(new CustomEvent('chart-click', { detail: { seriesIndex, dataIndex, name } }));
  }

  private apply() {
    if (this.chart && this.optionJson) {
      this.chart.setOption(JSON.parse(this.optionJson), true);
    }
  }
}

customElements.define('cg-echart', CgEchart);
