/* A template's page: answering its questions shows and hides the others as their conditions say, as on the phone. */
(function () {
    'use strict';
    var preview = document.querySelector('[data-checklist-preview]');
    if (!preview || !window.TandemChecklistLogic) return;

    function answers() {
        var given = {};
        preview.querySelectorAll('[data-answer]').forEach(function (input) {
            if (input.value === '') return;
            given[input.name] = input.type === 'number' ? Number(input.value) : input.value;
        });
        return given;
    }

    function refresh() {
        var given = answers();
        preview.querySelectorAll('[data-question]').forEach(function (question) {
            var rule = question.getAttribute('data-show-when');
            var shown = !rule || window.TandemChecklistLogic.holds(JSON.parse(rule), given);
            question.classList.toggle('d-none', !shown);
        });
    }

    preview.addEventListener('input', refresh);
    preview.addEventListener('change', refresh);
    refresh();
})();
