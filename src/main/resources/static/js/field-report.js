// The field form: every report goes to the phone's outbox first and is sent from there, so nothing typed is lost
// when the network drops in the middle of sending.
(function () {
    'use strict';
    var form = document.getElementById('field-report');
    var status = document.getElementById('report-status');
    if (!form || !window.TandemOutbox) {
        return;
    }
    var MAX_SIDE = 1600;

    function uuid() {
        if (window.crypto && crypto.randomUUID) {
            return crypto.randomUUID();
        }
        var b = crypto.getRandomValues(new Uint8Array(16));
        b[6] = (b[6] & 0x0f) | 0x40;
        b[8] = (b[8] & 0x3f) | 0x80;
        var h = Array.prototype.map.call(b, function (x) { return (x + 0x100).toString(16).slice(1); }).join('');
        return h.slice(0, 8) + '-' + h.slice(8, 12) + '-' + h.slice(12, 16) + '-' + h.slice(16, 20) + '-' + h.slice(20);
    }

    // Phone photos are large; a 1600-pixel JPEG shows a hazard well and travels over a weak network.
    function smaller(file) {
        if (!file || !window.createImageBitmap) {
            return Promise.resolve(file || null);
        }
        return createImageBitmap(file).then(function (image) {
            var scale = Math.min(1, MAX_SIDE / Math.max(image.width, image.height));
            var canvas = document.createElement('canvas');
            canvas.width = Math.round(image.width * scale);
            canvas.height = Math.round(image.height * scale);
            canvas.getContext('2d').drawImage(image, 0, 0, canvas.width, canvas.height);
            return new Promise(function (resolve) {
                canvas.toBlob(function (blob) { resolve(blob || file); }, 'image/jpeg', 0.85);
            });
        }).catch(function () { return file; });
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

    function startAnew() {
        var where = form.elements.where.value;
        form.reset();
        form.elements.where.value = where;
        form.elements.id.value = uuid();
        window.scrollTo(0, 0);
    }

    form.elements.id.value = form.elements.id.value || uuid();
    form.addEventListener('submit', function (event) {
        event.preventDefault();
        if (!form.reportValidity()) {
            return;
        }
        var checked = form.querySelector('input[name="type"]:checked');
        var anonymous = form.elements.anonymous;
        var report = {
            id: form.elements.id.value,
            type: checked ? checked.value : '',
            where: form.elements.where.value,
            description: form.elements.description.value,
            occurredAt: new Date().toISOString(),
            anonymous: !!(anonymous && anonymous.checked),
            savedAt: Date.now(),
            by: TandemOutbox.user()
        };
        var button = form.querySelector('button[type=submit]');
        button.disabled = true;
        smaller(form.elements.photo.files[0]).then(function (photo) {
            report.photo = photo;
            return TandemOutbox.keep(report);
        }).then(TandemOutbox.sync).then(function (result) {
            if (result.sent.indexOf(report.id) >= 0) {
                say('success', form.dataset.received);
                startAnew();
            } else if (result.rejected[report.id]) {
                showErrors(result.rejected[report.id]);
            } else {
                say('warning', form.dataset.saved);
                startAnew();
            }
        }).finally(function () { button.disabled = false; });
    });
})();
