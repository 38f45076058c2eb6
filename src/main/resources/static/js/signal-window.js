// Charts the raw signals kept around an early warning: one line per tag, scaled to its own range (the tags of a
// machine differ by orders of magnitude), with the moment of the warning marked.
(function () {
    'use strict';

    function scaled(points) {
        var values = points.map(function (p) { return p[1]; });
        var min = Math.min.apply(null, values), max = Math.max.apply(null, values);
        var span = max - min || 1;
        return points.map(function (p) { return { x: p[0], y: (p[1] - min) / span, raw: p[1] }; });
    }

    /** A sample's time on the plant's clock (the zone the page names), not the browser's. */
    function plantTime(millis, canvas) {
        return new Date(millis).toLocaleTimeString(document.documentElement.lang, {timeZone: canvas.dataset.zone});
    }

    /** A reading as the page's language writes numbers (3 081,3 in Russian), as the rest of the page does. */
    function reading(value) {
        return value === undefined ? '' : new Intl.NumberFormat(document.documentElement.lang).format(value);
    }

    function render(canvas) {
        if (canvas.dataset.rendered || !window.Chart) {
            return;
        }
        canvas.dataset.rendered = 'true';
        var data = JSON.parse(canvas.dataset.window);
        var colours = ['#1f6f43', '#d9534f', '#0d6efd', '#f0ad4e', '#6f42c1', '#20c997', '#6c757d', '#fd7e14'];
        var datasets = data.tags.map(function (tag, i) {
            return {
                label: tag.name + (tag.unit ? ' (' + tag.unit + ')' : ''),
                data: scaled(tag.points),
                borderColor: colours[i % colours.length],
                pointRadius: 0,
                borderWidth: 1.5,
                tension: 0
            };
        });
        datasets.push({
            label: '⚠',
            data: [{ x: data.firedAt, y: 0 }, { x: data.firedAt, y: 1 }],
            borderColor: '#000',
            borderDash: [4, 4],
            pointRadius: 0,
            borderWidth: 1
        });
        new window.Chart(canvas, {
            type: 'line',
            data: { datasets: datasets },
            options: {
                locale: document.documentElement.lang,
                animation: false,
                maintainAspectRatio: false,
                parsing: false,
                interaction: { mode: 'nearest', intersect: false },
                scales: {
                    x: {
                        type: 'linear',
                        min: data.from,
                        max: data.to,
                        ticks: {
                            maxTicksLimit: 6,
                            callback: function (v) { return plantTime(v, canvas); }
                        }
                    },
                    y: { display: false, min: -0.05, max: 1.05 }
                },
                plugins: {
                    legend: { position: 'bottom', labels: { boxWidth: 12 } },
                    tooltip: {
                        callbacks: {
                            title: function (items) { return plantTime(items[0].parsed.x, canvas); },
                            label: function (item) {
                                return item.dataset.label + ': ' + reading(item.raw.raw);
                            }
                        }
                    }
                }
            }
        });
    }

    function renderAll() {
        document.querySelectorAll('canvas[data-signal-window]').forEach(render);
    }

    document.addEventListener('htmx:afterSettle', renderAll);
    document.addEventListener('DOMContentLoaded', renderAll);
    window.addEventListener('load', renderAll);
})();
