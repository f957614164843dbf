// A thin Lit wrapper around Apache ECharts: the server sends the chart's option as JSON, the element draws it,
// follows its own size, and reports clicks on data items as 'chart-click' events for drill-down.
import { LitElement, css, html } from 'lit';
import * as echarts from 'echarts/core';
import { BarChart, LineChart, PieChart } from 'echarts/charts';
import { DatasetComponent, GridComponent, LegendComponent, MarkLineComponent, TitleComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([BarChart, LineChart, PieChart, DatasetComponent, GridComponent, LegendComponent, MarkLineComponent,
  TitleComponent, TooltipComponent, CanvasRenderer]);

// Tooltips are the one part of a chart that ECharts renders as HTML, and the names in them (communities, work types)
// are typed by users: every tooltip is written here from text, escaped, and the server never sends markup.
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function escapeHtml(text: unknown): string {
  return String(text ?? '').replace(/[&<>"']/g, c => ENTITIES[c]);
}

/** An item's own lines (tooltipLines in its data), or its name and value; for an axis, each series' value. */
function tooltip(p: any): string {
  if (Array.isArray(p)) {
    const head = p.length ? escapeHtml(p[0].axisValueLabel ?? p[0].name) : '';
    return [head, ...p.map(s => `${s.marker ?? ''}${escapeHtml(s.seriesName)}: ${escapeHtml(s.value ?? '—')}`)]
      .join('<br>');
  }
  const lines = p?.data?.tooltipLines;
  return Array.isArray(lines) ? lines.map(escapeHtml).join('<br>') : `${escapeHtml(p?.name)}: ${escapeHtml(p?.value)}`;
}

/** The option with every tooltip written by tooltip(): a formatter given as a string would be HTML. */
function safe(option: any): any {
  if (option.tooltip) {
    option.tooltip.formatter = tooltip;
  }
  const all: any[] = Array.isArray(option.series) ? option.series : option.series ? [option.series] : [];
  for (const s of all) {
    if (s.tooltip) {
      delete s.tooltip.formatter;
    }
    for (const item of s.data ?? []) {
      if (item && typeof item === 'object' && item.tooltip) {
        delete item.tooltip.formatter;
      }
    }
  }
  return option;
}

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
    this.ensureChart();
  }

  // Vaadin detaches a view's elements on navigation and attaches the same ones on the way back: the chart disposed
  // on leaving is made again here, since firstUpdated runs only once in an element's life.
  connectedCallback() {
    super.connectedCallback();
    if (this.hasUpdated) {
      this.ensureChart();
    }
  }

  updated(changed: Map<string, unknown>) {
    if (!this.chart) {
      this.ensureChart();
    } else if (changed.has('optionJson')) {
      this.apply();
    }
  }

  private ensureChart() {
    const el = this.renderRoot.querySelector('#chart') as HTMLElement | null;
    if (this.chart || !el || !this.isConnected) {
      return;
    }
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
      this.chart.setOption(safe(JSON.parse(this.optionJson)), true);
    }
  }
}

customElements.define('cg-echart', CgEchart);
