// The shop-floor screen: one view at a time, the next every few seconds, the same view kept across live refreshes;
// a clock, and a screen that was switched off goes back to its "not found" page.
(function () {
    'use strict';
    var seconds = Math.max(5, parseInt(document.body.dataset.rotate, 10) || 20);
    var dots = document.querySelector('[data-dots]');
    var clock = document.querySelector('[data-clock]');
    var current = 0;

    function views() {
        return Array.prototype.slice.call(document.querySelectorAll('[data-view]'));
    }

    function show() {
        var all = views();
        current = current % all.length;
        all.forEach(function (view, n) { view.classList.toggle('active', n === current); });
        document.body.dataset.showing = all[current].dataset.view;
        if (dots) {
            dots.textContent = all.map(function (view, n) { return n === current ? '●' : '○'; }).join(' ');
        }
    }

    function tick() {
        if (clock) {
            // the plant's time, whatever zone the television was set to
            clock.textContent = new Date().toLocaleTimeString(document.documentElement.lang,
                {hour: '2-digit', minute: '2-digit', timeZone: document.body.dataset.zone});
        }
    }

    document.body.addEventListener('htmx:afterSwap', function (event) {
        if (event.target.id === 'figures') {
            show();
        }
    });
    document.body.addEventListener('htmx:responseError', function (event) {
        if (event.detail.xhr.status === 404) {
            window.location.reload();
        }
    });
    show();
    tick();
    setInterval(function () { current += 1; show(); }, seconds * 1000);
    setInterval(tick, 10000);
})();
