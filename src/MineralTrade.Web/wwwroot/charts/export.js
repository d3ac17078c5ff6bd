// Downloads (decision 0104): a click on a chart's PNG or SVG button saves the chart as ApexCharts draws it, inside a
// picture that adds the title and the view above it and the sources below, all written as SVG text (never markup).
// The chart element's data-export-* attributes say them. chartOf(element) is the drawn chart of an element, if any.
export function listenForDownloads(chartOf) {
    document.addEventListener('click', async event => {
        const button = event.target.closest?.('button[data-export]');
        const element = button && document.getElementById(button.dataset.chart ?? '');
        const chart = element && chartOf(element);
        if (!chart) return;
        const image = await picture(element, chart);
        const name = `${element.dataset.exportFile ?? 'mineraltrade-chart'}.${button.dataset.export}`;
        save(button.dataset.export === 'svg' ? new Blob([image.text], { type: 'image/svg+xml' }) : await png(element, image), name);
    });
}

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

async function picture(element, chart) {
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
