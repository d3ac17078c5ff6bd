// Draws every chart of the page: each `.apex-chart` element carries its ApexCharts options as JSON in data-options, in
// the prerendered HTML. The page loads this module itself (App.razor), so charts are drawn as soon as the page is
// parsed, before the circuit; afterwards a MutationObserver follows what Blazor does to those elements (decision 0103).
// Options are JSON (no functions, no eval): where a chart needs a function (a label formatter, a tooltip), the options
// name one of the functions below, and prepare() puts it in place.
import ApexCharts from '../../lib/apexcharts/apexcharts.esm.js';

// Dollar and percent formats come from the server (MoneyFormats of the page's language, in each chart element's
// data-formats), so that an axis reads as a card does: rounded as English rounds, written in the language's units.
let formats = null;

// Exported with percent() so that a test can hold them against the server's Money.
export function usd(value, money) {
    if (value === null || value === undefined || Number.isNaN(value)) return '';
    const abs = Math.abs(value);
    const scale = money.usd.find(s => abs >= s.from);
    const step = scale.unit / 10 ** scale.maxDecimals;
    const words = money.amounts.find(a => abs >= a.from);
    // Rounded to the step in whole steps (so 1.14 bn is 114 steps exactly), then written in the language's unit.
    const steps = Math.sign(value) * Math.round(Math.abs(value) / step);
    const amount = (steps * step / words.unit).toLocaleString('en-US', { maximumFractionDigits: 10, useGrouping: words.grouped });
    return words.pattern.replace('{0}', amount);
}

export function percent(value, money) {
    if (value === null || value === undefined) return '';
    const digits = Math.abs(value) >= money.percent.wholeFrom ? 0 : money.percent.decimals;
    return `${value > 0 ? '+' : ''}${value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits })}%`;
}

function fromSymlog(t) {
    const magnitude = Math.abs(t) <= 1 ? Math.abs(t) * 10 : 10 ** Math.abs(t);
    return Math.round(Math.sign(t) * magnitude);
}

function symlogTick(value) {
    if (value === null || value === undefined) return '';
    const p = fromSymlog(value);
    return `${p > 0 ? '+' : ''}${p.toLocaleString('en-US')}%`;
}

function point(w, seriesIndex, dataPointIndex) {
    // A series may carry its points' labels and tooltips beside plain values (a category axis): "points".
    const series = w.config.series[seriesIndex];
    const data = Array.isArray(series?.points) ? series.points : series?.data;
    return Array.isArray(data) ? data[dataPointIndex] ?? undefined : undefined;
}

function escape(text) {
    return String(text).replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}

const named = {
    usd: value => usd(value, formats),
    percent: value => percent(value, formats),
    share: value => (value === null || value === undefined ? '' : `${Math.round(value)}%`),
    // The inverse of the growth axis's symmetric log (decision 0101): linear within ±10%, a decade per step beyond.
    symlogPercent: value => symlogTick(value),
    symlogPercentSparse: value => (Math.round(value) % 2 === 0 ? symlogTick(value) : ''),
    // The point's own label (with its qualifier: "≥ $101 M"), else the value in dollars.
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
        // As a link would: Blazor's router takes the click once the circuit is up; before it (charts are drawn first,
        // decision 0103) the browser simply loads the page.
        const link = document.createElement('a');
        link.href = url;
        document.body.append(link);
        link.click();
        link.remove();
    };
}

function prepare(options) {
    resolveNamed(options);
    escapeHtmlSinks(options);
    followPointLinks(options);
    return options;
}

// Element (rendered by Blazor, with data-options) -> { chart, json, canvas }. ApexCharts draws into a div of ours (canvas)
// inside the element, so that a drawn chart can move, whole, into the element the circuit renders in its place.
const drawn = new Map();

function draw(element, json) {
    if (element.dataset.formats) formats = JSON.parse(element.dataset.formats);
    const entry = drawn.get(element);
    if (entry) {
        if (entry.json !== json) {
            entry.json = json;
            entry.chart.updateOptions(prepare(JSON.parse(json)), true, false);
        }
        return;
    }
    const canvas = document.createElement('div');
    element.append(canvas);
    const options = prepare(JSON.parse(json));
    // The element keeps its size while Blazor swaps it; window resizes still redraw.
    options.chart = { ...options.chart, redrawOnParentResize: false };
    const chart = new ApexCharts(canvas, options);
    const draws = 1 + Number(element.dataset.draws ?? 0);
    drawn.set(element, { chart, json, canvas, draws });
    element.dataset.draws = String(draws);
    chart.render();
}

// Draws new chart elements, updates changed ones, and hands a drawn chart to the identical element that replaced it
// (the circuit's first render replaces the prerendered markup with the same markup).
function sync() {
    const gone = new Map();
    for (const [element, entry] of drawn) {
        if (!element.isConnected) {
            drawn.delete(element);
            gone.set(element.id, entry);
        }
    }
    for (const element of document.querySelectorAll('.apex-chart[data-options]')) {
        const json = element.dataset.options;
        const old = drawn.has(element) ? undefined : gone.get(element.id);
        if (old && old.json === json && element.id) {
            gone.delete(element.id);
            element.append(old.canvas);
            drawn.set(element, old);
            element.dataset.draws = String(old.draws);
        } else {
            draw(element, json);
        }
    }
    for (const entry of gone.values()) entry.chart.destroy();
}

const touchesCharts = record => record.type === 'attributes'
    || [...record.addedNodes, ...record.removedNodes].some(n => n.nodeType === 1 && (n.matches('.apex-chart') || n.querySelector('.apex-chart')));

new MutationObserver(records => { if (records.some(touchesCharts)) sync(); })
    .observe(document.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-options'] });
sync();

// Downloads (decision 0104): the chart as ApexCharts draws it, inside a picture that adds the title and the view above
// it and the sources below, all written as SVG text (never markup). The element's data-export-* attributes say them.
const SVGNS = 'http://www.w3.org/2000/svg';

function wrap(text, width, size) {
    const perLine = Math.max(20, Math.floor(width / (size * 0.55)));
    const lines = [];
    let line = '';
    for (const word of String(text).split(/\s+/).filter(Boolean)) {
        if (line && line.length + 1 + word.length > perLine) { lines.push(line); line = word; } else { line = line ? `${line} ${word}` : word; }
    }
    if (line) lines.push(line);
    return lines;
}

async function picture(element) {
    const { chart } = drawn.get(element);
    const inner = new DOMParser().parseFromString(await chart.getSvgString(1), 'image/svg+xml').documentElement;
    const width = Math.round(chart.w.globals.svgWidth);
    const chartHeight = Math.round(chart.w.globals.svgHeight);
    const margin = 12;
    const blocks = (entries) => entries.flatMap(([text, size, weight]) => wrap(text ?? '', width - 2 * margin, size).map(l => [l, size, weight]));
    const head = blocks([[element.dataset.exportTitle, 16, 'bold'], [element.dataset.exportView, 12, 'normal']]);
    // A legend the page draws (ChartLegend) is not in ApexCharts' SVG: the picture gets one of its own.
    const legend = chart.w.config.legend.show === false && chart.w.config.series.length > 0
        ? chart.w.config.series.map((series, i) => ({
            name: series.name ?? '',
            color: chart.w.globals.colors[i],
            dash: [chart.w.config.stroke.dashArray].flat()[i] ?? 0,
        }))
        : [];
    const foot = blocks([[element.dataset.exportSource, 11, 'normal'], [`MineralTrade: ${location.href}`, 11, 'normal']]);
    const lineHeight = ([, size]) => Math.round(size * 1.4);
    const headHeight = margin + head.reduce((h, l) => h + lineHeight(l), 0) + 4;
    const footHeight = foot.reduce((h, l) => h + lineHeight(l), 0) + margin;
    const legendHeight = legend.length * 18 + (legend.length ? 6 : 0);
    const height = headHeight + chartHeight + legendHeight + footHeight;

    const svg = document.createElementNS(SVGNS, 'svg');
    svg.setAttribute('xmlns', SVGNS);
    svg.setAttribute('width', width);
    svg.setAttribute('height', height);
    svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
    const background = document.createElementNS(SVGNS, 'rect');
    Object.entries({ width, height, fill: '#ffffff' }).forEach(([k, v]) => background.setAttribute(k, v));
    svg.append(background);
    const write = (lines, top) => {
        let y = top;
        for (const line of lines) {
            const [text, size, weight] = line;
            y += lineHeight(line);
            const node = document.createElementNS(SVGNS, 'text');
            Object.entries({ x: margin, y: y - Math.round(size * 0.35), 'font-family': 'system-ui, sans-serif', 'font-size': size, 'font-weight': weight, fill: '#1d2428' })
                .forEach(([k, v]) => node.setAttribute(k, v));
            node.textContent = text;
            svg.append(node);
        }
    };
    write(head, margin - 4);
    inner.setAttribute('x', 0);
    inner.setAttribute('y', headHeight);
    inner.removeAttribute('transform');
    svg.append(document.importNode(inner, true));
    legend.forEach(({ name, color, dash }, i) => {
        const y = headHeight + chartHeight + 12 + i * 18;
        const line = document.createElementNS(SVGNS, 'line');
        Object.entries({ x1: margin, y1: y - 4, x2: margin + 28, y2: y - 4, stroke: color, 'stroke-width': 2, 'stroke-dasharray': dash || 'none' })
            .forEach(([k, v]) => line.setAttribute(k, v));
        const label = document.createElementNS(SVGNS, 'text');
        Object.entries({ x: margin + 36, y, 'font-family': 'system-ui, sans-serif', 'font-size': 11, fill: '#1d2428' }).forEach(([k, v]) => label.setAttribute(k, v));
        label.textContent = name;
        svg.append(line, label);
    });
    write(foot, headHeight + chartHeight + legendHeight);
    return { text: new XMLSerializer().serializeToString(svg), width, height };
}

// PNG text chunks (iTXt, UTF-8): the title, view and source travel inside the file too, where image tools show them.
const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
});

function textChunk(keyword, text) {
    // keyword, NUL, no compression (0, 0), no language tag, NUL, no translated keyword, NUL, the text.
    const data = new Uint8Array([...new TextEncoder().encode(keyword), 0, 0, 0, 0, 0, ...new TextEncoder().encode(text)]);
    const chunk = new Uint8Array(12 + data.length);
    const view = new DataView(chunk.buffer);
    view.setUint32(0, data.length);
    chunk.set([0x69, 0x54, 0x58, 0x74], 4);
    chunk.set(data, 8);
    let crc = 0xffffffff;
    for (const byte of chunk.subarray(4, 8 + data.length)) crc = crcTable[(crc ^ byte) & 0xff] ^ (crc >>> 8);
    view.setUint32(8 + data.length, (crc ^ 0xffffffff) >>> 0);
    return chunk;
}

async function png(element, { text, width, height }) {
    const scale = 2;
    const image = new Image();
    image.src = 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(text);
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = width * scale;
    canvas.height = height * scale;
    const context = canvas.getContext('2d');
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, width, height);
    const bytes = new Uint8Array(await (await new Promise(resolve => canvas.toBlob(resolve, 'image/png'))).arrayBuffer());
    // After the 8-byte signature and the 25-byte IHDR chunk.
    const chunks = [['Title', element.dataset.exportTitle], ['Description', element.dataset.exportView], ['Source', element.dataset.exportSource]]
        .filter(([, value]) => value).map(([key, value]) => textChunk(key, value));
    return new Blob([bytes.subarray(0, 33), ...chunks, bytes.subarray(33)], { type: 'image/png' });
}

function save(blob, name) {
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = name;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}

document.addEventListener('click', async event => {
    const button = event.target.closest?.('button[data-export]');
    const element = button && document.getElementById(button.dataset.chart ?? '');
    if (!element || !drawn.has(element)) return;
    const image = await picture(element);
    const name = `${element.dataset.exportFile ?? 'mineraltrade-chart'}.${button.dataset.export}`;
    save(button.dataset.export === 'svg' ? new Blob([image.text], { type: 'image/svg+xml' }) : await png(element, image), name);
});

// For code that draws a chart of its own into an element (tests): the same path as the page's charts.
// moneyFormats: the language's MoneyFormats as JSON, for the usd and percent formatters.
export async function create(element, json, moneyFormats) {
    if (!element) return;
    if (moneyFormats) element.dataset.formats = moneyFormats;
    element.dataset.options = json;
    draw(element, json);
}
