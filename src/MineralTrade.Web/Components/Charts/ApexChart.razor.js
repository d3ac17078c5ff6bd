// Draws every chart of the page: each `.apex-chart` element carries its ApexCharts options as JSON in data-options, in
// the prerendered HTML. The page loads this module itself (App.razor), so charts are drawn as soon as the page is
// parsed, before the circuit; afterwards a MutationObserver follows what Blazor does to those elements (decision 0103).
// This module is the drawing lifecycle; what it prepares the options with, and the downloads, are modules beside the
// library in wwwroot/charts/: formats.js (the functions options may name), escaping.js (text where ApexCharts writes
// HTML), export.js (PNG and SVG).
import ApexCharts from '../../lib/apexcharts/apexcharts.esm.js';
import { escapeHtmlSinks } from '../../charts/escaping.js';
import { listenForDownloads } from '../../charts/export.js';
import { point, resolveNamed, setMoneyFormats } from '../../charts/formats.js';

// A test holds these against the server's Money.
export { percent, usd } from '../../charts/formats.js';

// A point may name a page of this site (its product page): clicking the point goes there. Paths on this site only; the
// data table beside every chart has the same links for the keyboard. On a touch screen a tap is also the only way to
// read a point's tooltip: the first tap on a point shows it, a second tap on the same point follows the link (issue 18).
let lastTouch = 0;
let handledTouch = 0;
let touchedPoint = null;
document.addEventListener('touchstart', () => { lastTouch = Date.now(); }, { capture: true, passive: true });

function followPointLinks(options) {
    const events = (options.chart ??= {}).events ??= {};
    events.dataPointSelection = (event, context, { seriesIndex, dataPointIndex, w }) => {
        const url = point(w, seriesIndex, dataPointIndex)?.url;
        if (typeof url !== 'string' || !url.startsWith('/') || url.startsWith('//')) return;
        if (Date.now() - lastTouch < 700) {
            // A tap (a bar hears the mousedown the browser sends after it, a marker its touchstart too): once per tap.
            if (handledTouch === lastTouch) return;
            handledTouch = lastTouch;
            const key = `${w.globals.chartID}|${seriesIndex}|${dataPointIndex}`;
            if (touchedPoint !== key) {
                touchedPoint = key;
                return;
            }
        }
        touchedPoint = null;
        // As a link would: Blazor's router takes the click once the circuit is up; before it (charts are drawn first,
        // decision 0103) the browser simply loads the page.
        const link = document.createElement('a');
        link.href = url;
        document.body.append(link);
        link.click();
        link.remove();
    };
}

// Animations are off (ChartOptions.Chart), yet ApexCharts 5 keeps each line's markers hidden until a path's animation
// ends, and a series whose only point ends the axis draws no path: its point stayed hidden (issue 18, point 4). Once
// drawn, nothing waits for an animation.
function showDelayedElements(options) {
    const events = (options.chart ??= {}).events ??= {};
    events.mounted = events.updated = (chart, w) => {
        for (const { el } of w.globals.delayedElements) {
            el.classList.remove('apexcharts-element-hidden');
        }
    };
}

function prepare(options) {
    resolveNamed(options);
    escapeHtmlSinks(options);
    followPointLinks(options);
    showDelayedElements(options);
    return options;
}

// Options and money formats as sent (ChartJson, decision 0126): JSON whose quotes are backticks, since every quote in an HTML
// attribute costs six bytes; a backtick inside text is escaped (\u0060), so every backtick is a quote.
// A tooltip line that several points repeat is sent once, in tipLines, and by its index in each tip array.
const parse = options => {
    const parsed = JSON.parse(options.replaceAll('`', '"'));
    const lines = parsed.tipLines;
    if (!Array.isArray(lines)) return parsed;
    delete parsed.tipLines;
    const resolve = (value, key) => {
        if (Array.isArray(value)) {
            if (key === 'tip') {
                for (let i = 0; i < value.length; i++) if (typeof value[i] === 'number') value[i] = lines[value[i]];
            } else {
                value.forEach(v => resolve(v, null));
            }
        } else if (value !== null && typeof value === 'object') {
            for (const [k, v] of Object.entries(value)) resolve(v, k);
        }
    };
    resolve(parsed, null);
    return parsed;
};

// Element (rendered by Blazor, with data-options) -> { chart, json, canvas }. ApexCharts draws into a div of ours (canvas)
// inside the element, so that a drawn chart can move, whole, into the element the circuit renders in its place.
const drawn = new Map();

function draw(element, json) {
    if (element.dataset.formats) setMoneyFormats(parse(element.dataset.formats));
    const entry = drawn.get(element);
    if (entry) {
        if (entry.json !== json) {
            entry.json = json;
            entry.chart.updateOptions(prepare(parse(json)), true, false);
        }
        return;
    }
    const canvas = document.createElement('div');
    element.append(canvas);
    const options = prepare(parse(json));
    // The element keeps its size while Blazor swaps it; window resizes still redraw.
    options.chart = { ...options.chart, redrawOnParentResize: false };
    const chart = new ApexCharts(canvas, options);
    const draws = 1 + Number(element.dataset.draws ?? 0);
    drawn.set(element, { chart, json, canvas, draws });
    element.dataset.draws = String(draws);
    chart.render();
}

// New charts past the first of a pass, drawn one per task: ApexCharts draws synchronously, so drawing a page's six
// charts in one task kept the first off the screen until the last was drawn (issue 21: first chart against the floor).
const waiting = [];

function drawWaiting() {
    const element = waiting.shift();
    if (element?.isConnected && !drawn.has(element) && element.dataset.options) draw(element, element.dataset.options);
    if (waiting.length) setTimeout(drawWaiting);
}

function drawSoon(element) {
    if (waiting.includes(element)) return;
    waiting.push(element);
    if (waiting.length === 1) setTimeout(drawWaiting);
}

// Draws new chart elements, updates changed ones, and hands a drawn chart to the identical element that replaced it
// (the circuit's first render replaces the prerendered markup with the same markup).
function sync() {
    let drewNew = false;
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
        } else if (drawn.has(element) || !drewNew) {
            drewNew ||= !drawn.has(element);
            draw(element, json);
        } else {
            drawSoon(element);
        }
    }
    for (const entry of gone.values()) entry.chart.destroy();
}

const touchesCharts = record => record.type === 'attributes'
    || [...record.addedNodes, ...record.removedNodes].some(n => n.nodeType === 1 && (n.matches('.apex-chart') || n.querySelector('.apex-chart')));

new MutationObserver(records => { if (records.some(touchesCharts)) sync(); })
    .observe(document.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-options'] });
sync();

listenForDownloads(element => drawn.get(element)?.chart);

// For code that draws a chart of its own into an element (tests): the same path as the page's charts. json: options as
// ChartJson.Serialize sends them, or plain JSON (which has no backtick outside escapes). moneyFormats: the language's
// MoneyFormats (ChartJson.MoneyFormats), for the usd and percent formatters.
export async function create(element, json, moneyFormats) {
    if (!element) return;
    if (moneyFormats) element.dataset.formats = moneyFormats;
    element.dataset.options = json;
    draw(element, json);
}
