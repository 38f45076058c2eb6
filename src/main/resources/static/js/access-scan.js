// The site access check's camera: where the browser reads QR codes itself (BarcodeDetector), a button opens the
// camera and a code read fills the form and checks it; elsewhere the code is typed.
(function () {
    var form = document.querySelector('[data-access-form]');
    var start = document.querySelector('[data-camera-start]');
    if (!form || !start || !('BarcodeDetector' in window) || !navigator.mediaDevices) {
        return;
    }
    start.hidden = false;
    start.addEventListener('click', function () {
        var box = document.querySelector('[data-camera]');
        var video = document.querySelector('[data-camera-view]');
        var detector = new window.BarcodeDetector({formats: ['qr_code']});
        navigator.mediaDevices.getUserMedia({video: {facingMode: 'environment'}}).then(function (stream) {
            box.hidden = false;
            video.srcObject = stream;
            video.play();
            var look = function () {
                detector.detect(video).then(function (codes) {
                    if (codes.length > 0) {
                        stream.getTracks().forEach(function (track) { track.stop(); });
                        form.querySelector('[name=code]').value = codes[0].rawValue;
                        form.submit();
                    } else {
                        window.requestAnimationFrame(look);
                    }
                }).catch(function () { window.requestAnimationFrame(look); });
            };
            look();
        }).catch(function () {
            start.hidden = true;
        });
    });
})();
