// Charts with Apache ECharts, served from its WebJar (no CDN: Strata runs offline), loaded only by the views that
// draw one. SVG rendering (crisp in screenshots and print), ARIA descriptions on, resized with their container.
import { h } from './dom.js';

let loading = null;
/** Charts drawn so far: those whose view was left are disposed when the next one is drawn. */
const live = new Set();

/** The ECharts global, loaded once. */
export function loadECharts() {
  loading ??= window.echarts ? Promise.resolve(window.echarts) : new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = '/webjars/echarts/dist/echarts.min.js';
    script.onload = () => resolve(window.echarts);
    script.onerror = () => { loading = null; reject(new Error('The chart library (ECharts) could not be loaded from the server.')); };
    document.head.append(script);
  });
  return loading;
}

/**
 * A figure with a heading, an ECharts chart drawn from `option` (after the figure is in the page) and a one-line
 * summary for screen readers and for people who read rather than look. Returns { figure, draw() }.
 */
export function chartFigure(id, title, summary, option, height = 320) {
  const box = h('div.chart', { id, style: { height: `${height}px` } });
  const figure = h('figure.chart-figure', { 'aria-labelledby': `${id}-title` },
    h('figcaption', { id: `${id}-title` }, h('strong', {}, title), h('span.muted', {}, ` ${summary}`)), box);
  const draw = async () => {
    const echarts = await loadECharts();
    for (const old of live) {
      if (!old.getDom().isConnected) {
        old.dispose();
        live.delete(old);
      }
    }
    const chart = echarts.init(box, null, { renderer: 'svg' });
    live.add(chart);
    chart.setOption({ aria: { enabled: true }, animation: false, textStyle: { fontFamily: 'system-ui, sans-serif' }, ...option });
    new ResizeObserver(() => chart.resize()).observe(box);
    box.dataset.ready = 'true';
    return chart;
  };
  return { figure, draw };
}
