// What the chart module writes as text where ApexCharts 5.0.0 writes HTML: every imported name or label a chart shows
// reaches the page through escape() (docs/security.md; the hostile-text browser tests hold it).

export function escape(text) {
    return String(text).replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}

// ApexCharts 5.0.0 draws labels, data labels, titles and annotations as SVG text (never markup), but writes these with
// innerHTML: the tooltip's title (the category, even under a custom tooltip), its series names and values, the x-axis
// tooltip, goal names and the legend. Each of them goes through escape() here, whatever the options ask; where the
// options name no formatter, ApexCharts' own default (from the chart's globals, as it would call it) is escaped. A
// custom tooltip returns HTML by design and escapes its own text (pointTooltip in formats.js).
export function escapeHtmlSinks(options) {
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
