// A signature drawn with a finger or a mouse on a canvas ([data-signature-pad]) and sent as a PNG picture with the
// form around it: the canvas is turned into a file for the form's "signature" input just before it is submitted.
(function () {
    'use strict';
    document.querySelectorAll('form[data-signature-form]').forEach(function (form) {
        var canvas = form.querySelector('canvas[data-signature-pad]');
        var input = form.querySelector('input[type=file][name=signature]');
        var clear = form.querySelector('[data-signature-clear]');
        if (!canvas || !input || !window.DataTransfer) {
            return;
        }
        var context = canvas.getContext('2d');
        var drawing = false;
        var drawn = false;
        context.lineWidth = 2.5;
        context.lineCap = 'round';
        context.strokeStyle = '#111';
        input.required = false;
        input.closest('[data-signature-file]').classList.add('d-none');

        function point(event) {
            var box = canvas.getBoundingClientRect();
            return {x: (event.clientX - box.left) * canvas.width / box.width,
                y: (event.clientY - box.top) * canvas.height / box.height};
        }

        canvas.addEventListener('pointerdown', function (event) {
            drawing = true;
            canvas.setPointerCapture(event.pointerId);
            var p = point(event);
            context.beginPath();
            context.moveTo(p.x, p.y);
            event.preventDefault();
        });
        canvas.addEventListener('pointermove', function (event) {
            if (!drawing) {
                return;
            }
            var p = point(event);
            context.lineTo(p.x, p.y);
            context.stroke();
            drawn = true;
            event.preventDefault();
        });
        ['pointerup', 'pointercancel', 'pointerleave'].forEach(function (name) {
            canvas.addEventListener(name, function () { drawing = false; });
        });
        if (clear) {
            clear.addEventListener('click', function () {
                context.clearRect(0, 0, canvas.width, canvas.height);
                drawn = false;
            });
        }
        form.addEventListener('submit', function (event) {
            if (input.files.length) {
                return;
            }
            event.preventDefault();
            if (!drawn) {
                canvas.classList.add('border-danger');
                return;
            }
            canvas.toBlob(function (blob) {
                var files = new DataTransfer();
                files.items.add(new File([blob], 'signature.png', {type: 'image/png'}));
                input.files = files.files;
                form.submit();
            }, 'image/png');
        });
    });
})();
