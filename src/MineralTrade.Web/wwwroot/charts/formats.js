// The functions a chart's JSON options may name (no functions travel in JSON, and nothing is eval'd): a "formatter" or
// "custom" whose value is one of the names below is replaced by that function (resolveNamed).
import { escape } from './escaping.js';

// Dollar and percent formats come from the server (MoneyFormats of the page's language, in each chart element's
// data-formats), so that an axis reads as a card does: rounded as English rounds, written in the language's units.
let formats = null;

export function setMoneyFormats(money) {
    formats = money;
}

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

// A point may carry its label, tooltip lines and link beside its value ({ x, y, label, tip, url }).
export function point(w, seriesIndex, dataPointIndex) {
    const data = w.config.series[seriesIndex]?.data;
    const p = Array.isArray(data) ? data[dataPointIndex] : undefined;
    return p !== null && typeof p === 'object' ? p : undefined;
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

const named = {
    usd: value => usd(value, formats),
    percent: value => percent(value, formats),
    share: value => (value === null || value === undefined ? '' : `${Math.round(value)}%`),
    // The inverse of the growth axis's symmetric log (decision 0101): linear within ±10%, a decade per step beyond.
    symlogPercent: value => symlogTick(value),
    symlogPercentSparse: value => (Math.round(value) % 2 === 0 ? symlogTick(value) : ''),
    // The point's own label (with its qualifier: "≥ $101 M"), else the value in dollars.
    pointLabel: (value, { w, seriesIndex, dataPointIndex }) => point(w, seriesIndex, dataPointIndex)?.label ?? usd(value, formats),
    // Where a By year line's basket widens, what the sum adds from that point ("+ 76"); nothing at other points.
    basketChange: (value, { w, seriesIndex, dataPointIndex }) => point(w, seriesIndex, dataPointIndex)?.change ?? '',
    // A tooltip of the point's own lines: period, value, reporter, source.
    pointTooltip: ({ w, seriesIndex, dataPointIndex }) => {
        const p = point(w, seriesIndex, dataPointIndex);
        const lines = p?.tip ?? [];
        const title = w.config.series[seriesIndex]?.name ?? '';
        return `<div class="chart-tip"><strong>${escape(title)}</strong>${lines.map(l => `<div>${escape(l)}</div>`).join('')}</div>`;
    },
};

// Replaces every "formatter" or "custom" that names a function above with that function.
export function resolveNamed(options) {
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
