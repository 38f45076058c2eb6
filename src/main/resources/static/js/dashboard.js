// The live dashboard and the shop-floor screen: the server says "changed" over server-sent events and the page fetches its own figures
// again (htmx swaps them in); the trend is drawn with Chart.js after every swap.
(function () {
    'use strict';
    var base = (document.querySelector('meta[name="tandem-base"]') || {content: '/'}).content;
    var badge = document.querySelector('[data-live]');
    var charts = [];
    var pending = null;

    // numbers on the axes and in the tooltips read as the page's language writes them, not the browser's
    Chart.defaults.locale = document.documentElement.lang;
    // the shop-floor screen is dark and seen from across the workshop
    Chart.defaults.color = getComputedStyle(document.body).color;
    if (document.body.classList.contains('screen')) {
        Chart.defaults.font.size = 24;
    }

    function draw() {
        charts.forEach(function (chart) { chart.destroy(); });
        charts = [];
        document.querySelectorAll('canvas[data-trend]').forEach(function (canvas) {
            var points = JSON.parse(canvas.dataset.trend);
            charts.push(new Chart(canvas, {
                data: {
                    labels: points.map(function (p) { return p.month; }),
                    datasets: [
                        {type: 'bar', label: canvas.dataset.nearMisses || 'Near misses', data: points.map(function (p) { return p.nearMisses; }),
                         yAxisID: 'count', backgroundColor: 'rgba(255, 193, 7, 0.5)'},
                        {type: 'line', label: 'TRIFR', data: points.map(function (p) { return p.trifr; }),
                         yAxisID: 'rate', borderColor: '#dc3545', backgroundColor: '#dc3545',
                         cubicInterpolationMode: 'monotone'},
                        {type: 'line', label: 'LTIFR', data: points.map(function (p) { return p.ltifr; }),
                         yAxisID: 'rate', borderColor: Chart.defaults.color, backgroundColor: Chart.defaults.color,
                         cubicInterpolationMode: 'monotone'}
                    ]
                },
                options: {
                    animation: false,
                    responsive: true,
                    maintainAspectRatio: !document.body.classList.contains('screen'),
                    scales: {rate: {position: 'left', beginAtZero: true}, count: {position: 'right', beginAtZero: true,
                        grid: {drawOnChartArea: false}}}
                }
            }));
        });
    }

    function listen() {
        var source = document.querySelector('[data-stream]');
        var stream = new EventSource(source ? source.dataset.stream : base + 'dashboard/stream');
        stream.addEventListener('hello', function () { badge && badge.classList.replace('text-bg-secondary', 'text-bg-success'); });
        stream.addEventListener('changed', function () {
            // several changes in a burst make one refresh
            clearTimeout(pending);
            pending = setTimeout(function () { document.body.dispatchEvent(new Event('figures-changed')); }, 300);
        });
        stream.onerror = function () { badge && badge.classList.replace('text-bg-success', 'text-bg-secondary'); };
    }

    document.body.addEventListener('htmx:afterSwap', function (event) {
        if (event.target.id === 'figures') {
            draw();
        }
    });
    draw();
    listen();
})();
