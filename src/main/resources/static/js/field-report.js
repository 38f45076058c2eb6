// The field forms (a safety event report, a stop of work): every submission goes to the phone's outbox first and is
// sent from there, so nothing typed is lost when the network drops in the middle of sending. A form names where it is
// sent (data-field-form), the hidden field stamped with the moment it was sent (data-stamp), and the choices kept for
// the next one (data-keep).
(function () {
    'use strict';
    var form = document.querySelector('form[data-field-form]');
    var status = document.getElementById('report-status');
    if (!form || !window.TandemOutbox) {
        return;
    }
    function say(kind, text) {
        status.className = 'alert alert-' + kind;
        status.textContent = text;
    }

    function showErrors(errors) {
        form.querySelectorAll('[data-error-for]').forEach(function (slot) { slot.textContent = ''; });
        form.querySelectorAll('.is-invalid').forEach(function (input) { input.classList.remove('is-invalid'); });
        errors.forEach(function (error) {
            var slot = form.querySelector('[data-error-for="' + error.field + '"]');
            var input = form.querySelector('[name="' + error.field + '"]');
            if (input) {
                input.classList.add('is-invalid');
            }
            if (slot) {
                slot.textContent = error.message;
                slot.style.display = 'block';
            }
        });
        say('danger', form.dataset.invalid + ' ' + errors.map(function (e) { return e.message; }).join(' '));
    }

    // What the form holds, as the server reads it: a box ticked or not, the chosen one of a set of radio buttons.
    function fields() {
        var values = {};
        Array.prototype.forEach.call(form.elements, function (input) {
            if (!input.name || input.disabled || input.type === 'file' || input.name === '_csrf'
                    || input.name.charAt(0) === '_' || (input.type === 'radio' && !input.checked)) {
                return;
            }
            values[input.name] = input.type === 'checkbox' ? String(input.checked) : input.value;
        });
        if (form.dataset.stamp) {
            values[form.dataset.stamp] = new Date().toISOString();
        }
        return values;
    }

    function startAnew() {
        var kept = (form.dataset.keep || '').split(' ').filter(Boolean).map(function (name) {
            return [name, form.elements[name].value];
        });
        form.reset();
        kept.forEach(function (pair) { form.elements[pair[0]].value = pair[1]; });
        form.elements.id.value = TandemOutbox.uuid();
        window.scrollTo(0, 0);
    }

    form.elements.id.value = form.elements.id.value || TandemOutbox.uuid();
    form.addEventListener('submit', function (event) {
        event.preventDefault();
        if (!form.reportValidity()) {
            return;
        }
        var values = fields();
        var item = {
            id: values.id,
            target: form.dataset.fieldForm,
            fields: values,
            savedAt: Date.now(),
            by: TandemOutbox.user()
        };
        var button = form.querySelector('button[type=submit]');
        button.disabled = true;
        TandemOutbox.smaller(form.elements.photo.files[0]).then(function (photo) {
            item.photo = photo;
            return TandemOutbox.keep(item);
        }).then(TandemOutbox.sync).then(function (result) {
            if (result.sent.indexOf(item.id) >= 0) {
                say('success', form.dataset.received);
                startAnew();
            } else if (result.rejected[item.id]) {
                showErrors(result.rejected[item.id]);
            } else {
                say('warning', form.dataset.saved);
                startAnew();
            }
        }).finally(function () { button.disabled = false; });
    });
})();
