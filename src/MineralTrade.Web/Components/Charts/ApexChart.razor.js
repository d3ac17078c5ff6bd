// Draws one ApexCharts chart per element. Options arrive as JSON (no functions in JSON, and no eval): where a chart needs a
// function (a label formatter, a tooltip), the options name one of the functions below, and prepare() puts it in place.
import ApexCharts from '../../lib/apexcharts/apexcharts.esm.js';

const charts = new WeakMap();

// Dollar and percent formats come from the server (Money.Formats), so that an axis reads as a card does.
let formats = null;

// Exported with percent() so that a test can hold them against the server's Money.
export function usd(value, money) {
    if (value === null || value === undefined || Number.isNaN(value)) return '';
    const abs = Math.abs(value);
    const scale = money.usd.find(s => abs >= s.from);
    const amount = (value / scale.unit).toLocaleString('en-US', { maximumFractionDigits: scale.maxDecimals, useGrouping: scale.grouped });
    return `$${amount}${scale.suffix}`;
}

export function percent(value, money) {
    if (value === null || value === undefined) return '';
    const digits = Math.abs(value) >= money.percent.wholeFrom ? 0 : money.percent.decimals;
    return `${value > 0 ? '+' : ''}${value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits })}%`;
}

function point(w, seriesIndex, dataPointIndex) {
    const data = w.config.series[seriesIndex]?.data;
    return Array.isArray(data) ? data[dataPointIndex] : undefined;
}

function escape(text) {
    return String(text).replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}

const named = {
    usd: value => usd(value, formats),
    percent: value => percent(value, formats),
    share: value => (value === null || value === undefined ? '' : `${Math.round(value)}%`),
    year: value => (value === null || value === undefined ? '' : String(Math.round(value))),
    // The point's own label (with its qualifier: "> $101 M"), else the value in dollars.
    pointLabel: (value, { w, seriesIndex, dataPointIndex }) => point(w, seriesIndex, dataPointIndex)?.label ?? usd(value, formats),
    // A tooltip of the point's own lines: period, value, reporter, source.
    pointTooltip: ({ w, seriesIndex, dataPointIndex }) => {
        const p = point(w, seriesIndex, dataPointIndex);
        const lines = p?.tip ?? [];
        const title = w.config.series[seriesIndex]?.name ?? '';
        return `<div class="chart-tip"><strong>${escape(title)}</strong>${lines.map(l => `<div>${escape(l)}</div>`).join('')}</div>`;
    },
};

// Replaces every "formatter" or "custom" that names a function above with that function.
function resolveNamed(options) {
    const walk = node => {
        if (Array.isArray(node)) { node.forEach(walk); return; }
        if (node === null || typeof node !== 'object') return;
        for (const [key, value] of Object.entries(node)) {
            if ((key === 'formatter' || key === 'custom') && typeof value === 'string') {
                node[key] = named[value];
            } else {
                walk(value);
            }
        }
    };
    walk(options);
}

// ApexCharts 5.0.0 draws labels, data labels, titles and annotations as SVG text (never markup), but writes these with
// innerHTML: the tooltip's title (the category, even under a custom tooltip), its series names and values, the x-axis
// tooltip, goal names and the legend. Each of them goes through escape() here, whatever the options ask; where the
// options name no formatter, ApexCharts' own default (from the chart's globals, as it would call it) is escaped. A
// custom tooltip returns HTML by design and escapes its own text (pointTooltip).
function escapeHtmlSinks(options) {
    const asText = format => (...args) => escape(format(...args) ?? '');
    const tooltip = options.tooltip ??= {};

    const defaultTitle = (value, opts) => (opts.w.globals.isBarHorizontal
        ? opts.w.globals.yLabelFormatters[0](value, opts)
        : opts.w.globals.xLabelFormatter(value, opts));
    // A datetime axis formats its own dates (no text from the data) unless the options say otherwise.
    const datetime = [options.xaxis].flat()[0]?.type === 'datetime';
    if (tooltip.x?.formatter || !datetime) tooltip.x = { ...tooltip.x, formatter: asText(tooltip.x?.formatter ?? defaultTitle) };
    for (const axis of [options.xaxis].flat().filter(Boolean)) {
        if (axis.tooltip?.formatter) axis.tooltip.formatter = asText(axis.tooltip.formatter);
    }

    const defaultValue = (value, opts) => {
        const formatters = opts.w.globals.yLabelFormatters;
        return (formatters[opts.seriesIndex] ?? formatters[0] ?? (v => v))(value, opts);
    };
    const guardY = y => ({
        ...y,
        formatter: asText(y?.formatter ?? defaultValue),
        title: { ...y?.title, formatter: asText(y?.title?.formatter ?? (name => (name ? `${name}: ` : ''))) },
    });
    tooltip.y = Array.isArray(tooltip.y) ? tooltip.y.map(guardY) : guardY(tooltip.y);
    if (tooltip.z?.formatter) tooltip.z.formatter = asText(tooltip.z.formatter);
    if (typeof tooltip.z?.title === 'string') tooltip.z.title = escape(tooltip.z.title);

    const legend = options.legend ??= {};
    legend.formatter = asText(legend.formatter ?? (name => name));
    if (legend.tooltipHoverFormatter) legend.tooltipHoverFormatter = asText(legend.tooltipHoverFormatter);

    for (const series of options.series ?? []) {
        for (const point of Array.isArray(series?.data) ? series.data : []) {
            for (const goal of Array.isArray(point?.goals) ? point.goals : []) {
                if (goal.name !== undefined) goal.name = escape(goal.name);
            }
        }
    }
}

// A point may name a page of this site (its product page): clicking the point goes there. Paths on this site only; the
// data table beside every chart has the same links for the keyboard.
function followPointLinks(options) {
    const events = (options.chart ??= {}).events ??= {};
    events.dataPointSelection = (event, context, { seriesIndex, dataPointIndex, w }) => {
        const url = point(w, seriesIndex, dataPointIndex)?.url;
        if (typeof url !== 'string' || !url.startsWith('/') || url.startsWith('//')) return;
        if (window.Blazor?.navigateTo) window.Blazor.navigateTo(url);
        else window.location.assign(url);
    };
}

function prepare(options) {
    resolveNamed(options);
    escapeHtmlSinks(options);
    followPointLinks(options);
    return options;
}

// Blazor passes null for an element that has left the page (a re-render raced the call): there is nothing to draw.
// moneyFormats: Money.Formats as JSON, for the usd and percent formatters.
export async function create(element, json, moneyFormats) {
    if (!element) return;
    if (moneyFormats) formats = JSON.parse(moneyFormats);
    destroy(element);
    const chart = new ApexCharts(element, prepare(JSON.parse(json)));
    charts.set(element, chart);
    await chart.render();
}

export async function update(element, json, moneyFormats) {
    if (!element) return;
    if (moneyFormats) formats = JSON.parse(moneyFormats);
    const chart = charts.get(element);
    if (!chart) {
        await create(element, json, moneyFormats);
        return;
    }
    await chart.updateOptions(prepare(JSON.parse(json)), true, false);
}

export function destroy(element) {
    if (!element) return;
    const chart = charts.get(element);
    if (chart) {
        charts.delete(element);
        chart.destroy();
    }
}
