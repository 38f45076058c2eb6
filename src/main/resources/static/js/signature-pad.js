// A signature drawn with a finger or a mouse on a canvas, for every page that asks for one. TandemSignaturePad.attach
// makes a canvas a pad and tells the page each finished stroke as a PNG picture; a form marked [data-signature-form]
// with a canvas [data-signature-pad] sends the picture as its file input "signature" just before it is submitted.
(function () {
    'use strict';

    function attach(canvas, stroked) {
        var context = canvas.getContext('2d');
        var drawing = false;
        var drawn = false;
        context.lineWidth = 2.5;
        context.lineCap = 'round';
        context.strokeStyle = '#111';

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
        canvas.addEventListener('pointerup', function () {
            drawing = false;
            if (drawn && stroked) {
                canvas.toBlob(stroked, 'image/png');
            }
        });
        ['pointercancel', 'pointerleave'].forEach(function (name) {
            canvas.addEventListener(name, function () { drawing = false; });
        });
        return {
            drawn: function () { return drawn; },
            clear: function () {
                context.clearRect(0, 0, canvas.width, canvas.height);
                drawn = false;
            },
            // shows a picture kept before (a draft's signature), or nothing
            show: function (blob) {
                context.clearRect(0, 0, canvas.width, canvas.height);
                drawn = !!blob;
                if (blob && window.createImageBitmap) {
                    createImageBitmap(blob).then(function (image) { context.drawImage(image, 0, 0); });
                }
            }
        };
    }

    window.TandemSignaturePad = {attach: attach};

    document.querySelectorAll('form[data-signature-form]').forEach(function (form) {
        var canvas = form.querySelector('canvas[data-signature-pad]');
        var input = form.querySelector('input[type=file][name=signature]');
        var clear = form.querySelector('[data-signature-clear]');
        if (!canvas || !input || !window.DataTransfer) {
            return;
        }
        var pad = attach(canvas, null);
        input.required = false;
        input.closest('[data-signature-file]').classList.add('d-none');
        if (clear) {
            clear.addEventListener('click', pad.clear);
        }
        form.addEventListener('submit', function (event) {
            if (input.files.length) {
                return;
            }
            event.preventDefault();
            if (!pad.drawn()) {
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
