// A signature pad for a resident's confirmation at the door: drawn with a finger or a pen on a canvas (pointer
// events, so mouse, touch and stylus alike), cleared with clear(), read with toDataURL() as a PNG on white. It keeps
// no state the server needs besides 'empty', which the element reflects as an attribute and fires as 'signed-change'.
import { LitElement, css, html } from 'lit';

class CgSignature extends LitElement {
  static properties = { empty: { type: Boolean, reflect: true } };

  static styles = css`
    :host { display: block; width: 100%; max-width: 32rem; }
    canvas { display: block; width: 100%; height: 10rem; touch-action: none; background: #fff;
      border: 1px dashed var(--lumo-contrast-40pct, #999); border-radius: var(--lumo-border-radius-m, 6px); }
  `;

  declare empty: boolean;
  private drawing = false;
  private last: { x: number; y: number } | null = null;

  constructor() {
    super();
    this.empty = true;
  }

  render() {
    return html`<canvas @pointerdown=${this.down} @pointermove=${this.move} @pointerup=${this.up}
      @pointercancel=${this.up} @pointerleave=${this.up}></canvas>`;
  }

  firstUpdated() {
    this.resize();
    new ResizeObserver(() => { if (this.empty) this.resize(); }).observe(this);
  }

  private get canvas(): HTMLCanvasElement {
    return this.renderRoot.querySelector('canvas') as HTMLCanvasElement;
  }

  private resize() {
    const c = this.canvas;
    const ratio = window.devicePixelRatio || 1;
    c.width = Math.max(1, Math.round(c.clientWidth * ratio));
    c.height = Math.max(1, Math.round(c.clientHeight * ratio));
    const g = c.getContext('2d')!;
    g.setTransform(ratio, 0, 0, ratio, 0, 0);
    g.fillStyle = '#fff';
    g.fillRect(0, 0, c.width, c.height);
    g.lineWidth = 2.5;
    g.lineCap = 'round';
    g.lineJoin = 'round';
    g.strokeStyle = '#1a1a1a';
  }

  private point(e: PointerEvent) {
    const r = this.canvas.getBoundingClientRect();
    return { x: e.clientX - r.left, y: e.clientY - r.top };
  }

  private down = (e: PointerEvent) => {
    this.drawing = true;
    this.last = this.point(e);
    this.canvas.setPointerCapture(e.pointerId);
    e.preventDefault();
  };

  private move = (e: PointerEvent) => {
    if (!this.drawing || !this.last) return;
    const p = this.point(e);
    const g = this.canvas.getContext('2d')!;
    g.beginPath();
    g.moveTo(this.last.x, this.last.y);
    g.lineTo(p.x, p.y);
    g.stroke();
    this.last = p;
    if (this.empty) {
      this.empty = false;
      this.dispatchEvent(new CustomEvent('signed-change', { detail: { empty: false } }));
    }
    e.preventDefault();
  };

  private up = () => {
    this.drawing = false;
    this.last = null;
  };

  /** Wipes the pad. */
  clear() {
    this.resize();
    this.empty = true;
    this.dispatchEvent(new CustomEvent('signed-change', { detail: { empty: true } }));
  }

  /** The drawing as a PNG data URL; empty text when nothing was drawn. */
  toDataURL(): string {
    return this.empty ? '' : this.canvas.toDataURL('image/png');
  }
}

customElements.define('cg-signature', CgSignature);
