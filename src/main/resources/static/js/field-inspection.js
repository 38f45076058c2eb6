// An inspection done on the phone, network or not: the page carries the checklists (the service worker keeps it), the
// questions are asked here and shown, hidden and required by their conditions as the server reads them
// (checklist-logic.js), the inspection being done is kept as a draft on the phone with its photos (made smaller
// here), and the finished one goes to the outbox (outbox.js), which sends it once, whole, when there is network.
(function () {
    'use strict';
    var form = document.querySelector('form[data-field-inspection]');
    var status = document.getElementById('field-status');
    if (!form || !window.TandemOutbox || !window.TandemChecklistLogic) {
        return;
    }
    var text = form.dataset;
    var checklists = JSON.parse(text.checklists || '[]');
    var holds = window.TandemChecklistLogic.holds;
    var box = form.querySelector('[data-field-questions]');
    var choice = form.elements.templateId;
    var draftKey = 'inspection:' + (TandemOutbox.user() || '');
    var refusedBox = document.querySelector('[data-field-refused]');
    var signatureBox = form.querySelector('[data-field-signature]');
    var pad = form.querySelector('#field-signature');
    var state = blank();
    var saving = null;

    function blank() {
        var now = new Date();
        var day = new Date(now.getTime() - now.getTimezoneOffset() * 60000).toISOString().slice(0, 10);
        return {id: TandemOutbox.uuid(), conductedOn: day, kind: 'INSPECTION', answers: {}, notes: {}, findings: {},
            files: {}, signature: null};
    }

    function checklist() {
        return checklists.filter(function (c) { return c.id === state.templateId; })[0] || null;
    }

    function element(tag, attributes, content) {
        var node = document.createElement(tag);
        Object.keys(attributes || {}).forEach(function (name) { node.setAttribute(name, attributes[name]); });
        if (content != null) {
            node.textContent = content;
        }
        return node;
    }

    function say(kind, message) {
        status.className = 'alert alert-' + kind;
        status.textContent = message;
    }

    // The answers as conditions read them: numbers as numbers, a picture question as answered once it has its photo.
    function values() {
        var given = {};
        var asked = checklist();
        (asked ? asked.questions : []).forEach(function (q) {
            var value = state.answers[q.name];
            if (q.type === 'PHOTO' || q.type === 'SIGNATURE') {
                if (state.files[q.name]) {
                    given[q.name] = 'photo';
                }
            } else if (value != null && value !== '') {
                given[q.name] = q.type === 'NUMBER' && !isNaN(Number(value)) ? Number(value) : value;
            }
        });
        return given;
    }

    function failed(q, value) {
        var scored = q.choices.filter(function (c) { return c.score != null; });
        if (!scored.length) {
            return false;
        }
        var best = Math.max.apply(null, scored.map(function (c) { return Number(c.score); }));
        var chosen = scored.filter(function (c) { return c.value === value; })[0];
        return !!chosen && Number(chosen.score) < best;
    }

    // What each question needs now: shown or not, failed, a note, a photo or an action it requires.
    function needs(q, given) {
        return {
            shown: holds(q.showWhen, given),
            note: q.requireNoteWhen != null && holds(q.requireNoteWhen, given),
            photo: q.requirePhotoWhen != null && holds(q.requirePhotoWhen, given),
            action: q.requireActionWhen != null && holds(q.requireActionWhen, given),
            failed: (q.requireActionWhen != null && holds(q.requireActionWhen, given)) || failed(q, given[q.name])
        };
    }

    function answerInput(q) {
        var id = 'answer-' + q.name;
        var input;
        if (q.type === 'YES_NO' || q.type === 'CHOICE') {
            input = element('select', {'class': 'form-select form-select-lg', id: id});
            input.appendChild(element('option', {value: ''}, ''));
            q.choices.forEach(function (c) { input.appendChild(element('option', {value: c.value}, c.label)); });
        } else if (q.type === 'NUMBER') {
            input = element('input', {'class': 'form-control form-control-lg', id: id, type: 'number', step: 'any'});
        } else if (q.type === 'DATE') {
            input = element('input', {'class': 'form-control form-control-lg', id: id, type: 'date'});
        } else if (q.type === 'TEXT') {
            input = element('textarea', {'class': 'form-control', id: id, rows: '2', maxlength: '4000'});
        } else {
            return null;
        }
        input.value = state.answers[q.name] || '';
        input.setAttribute('data-answer', q.name);
        return input;
    }

    function labelled(label, input) {
        var wrap = element('div', {'class': 'mt-2'});
        wrap.appendChild(element('label', {'class': 'form-label small mb-0', 'for': input.id}, label));
        wrap.appendChild(input);
        return wrap;
    }

    function findingBlock(q) {
        var finding = state.findings[q.name] || {};
        var block = element('div', {'class': 'border border-danger rounded p-2 mt-2 d-none', 'data-finding-for': q.name});
        var raise = element('input', {'class': 'form-check-input', type: 'checkbox', id: 'raise-' + q.name,
            'data-raise': q.name});
        raise.checked = !!finding.raised;
        var check = element('div', {'class': 'form-check'});
        check.appendChild(raise);
        check.appendChild(element('label', {'class': 'form-check-label fw-semibold', 'for': raise.id}, text.findingLabel));
        block.appendChild(check);
        var note = element('textarea', {'class': 'form-control form-control-sm', rows: '2', maxlength: '4000',
            id: 'finding-note-' + q.name, 'data-finding': 'note'});
        note.value = finding.note || '';
        block.appendChild(labelled(text.findingNote, note));
        var title = element('input', {'class': 'form-control form-control-sm', maxlength: '300',
            id: 'finding-title-' + q.name, 'data-finding': 'title'});
        title.value = finding.title != null ? finding.title : q.label.slice(0, 300);
        block.appendChild(labelled(text.actionTitle, title));
        var owner = element('select', {'class': 'form-select form-select-sm', id: 'finding-owner-' + q.name,
            'data-finding': 'ownerPersonId'});
        owner.appendChild(element('option', {value: ''}, ''));
        owner.appendChild(document.getElementById('field-owners').content.cloneNode(true));
        if (finding.ownerPersonId) {
            owner.value = finding.ownerPersonId;
        }
        block.appendChild(labelled(text.actionOwner, owner));
        var due = element('input', {'class': 'form-control form-control-sm', type: 'date', id: 'finding-due-' + q.name,
            'data-finding': 'dueDate'});
        due.value = finding.dueDate || document.getElementById('field-default-due').value;
        block.appendChild(labelled(text.actionDue, due));
        return block;
    }

    function photoBlock(q) {
        var wrap = element('div', {'class': 'mt-2 d-flex flex-wrap align-items-center gap-2'});
        var input = element('input', {'class': 'form-control form-control-sm', type: 'file',
            accept: 'image/jpeg,image/png,image/webp', capture: 'environment', id: 'photo-' + q.name,
            'data-photo': q.name, 'aria-label': text.photoLabel});
        var thumb = element('img', {'class': 'rounded border photo-thumb d-none', alt: text.photoLabel,
            'data-thumb': q.name});
        if (state.files[q.name]) {
            thumb.src = URL.createObjectURL(state.files[q.name]);
            thumb.classList.remove('d-none');
        }
        wrap.appendChild(thumb);
        wrap.appendChild(input);
        wrap.appendChild(element('span', {'class': 'badge text-bg-warning d-none', 'data-photo-needed': q.name},
            text.photoLabel + ': ' + text.needed));
        return wrap;
    }

    function render() {
        box.textContent = '';
        var asked = checklist();
        if (!asked) {
            return;
        }
        var section = null;
        asked.questions.forEach(function (q) {
            if (q.section && q.section !== section) {
                box.appendChild(element('h2', {'class': 'h6 mt-3 mb-1'}, q.section));
            }
            section = q.section;
            var card = element('div', {'class': 'border rounded p-2 mb-2', id: 'q-' + q.name, 'data-question': q.name});
            var label = element('label', {'class': 'form-label fw-semibold mb-1', 'for': 'answer-' + q.name}, q.label);
            if (q.required) {
                label.appendChild(element('span', {'class': 'text-danger', title: text.required}, ' *'));
            }
            card.appendChild(label);
            var input = answerInput(q);
            if (input) {
                card.appendChild(input);
            }
            if (q.minimum != null || q.maximum != null) {
                card.appendChild(element('div', {'class': 'small text-secondary mt-1'}, text.limits
                    .replace('{0}', q.minimum != null ? q.minimum : '—').replace('{1}', q.maximum != null ? q.maximum : '—')));
            }
            var note = element('textarea', {'class': 'form-control form-control-sm', rows: '1', maxlength: '4000',
                id: 'note-' + q.name, 'data-note': q.name});
            note.value = state.notes[q.name] || '';
            var noteWrap = labelled(text.noteLabel, note);
            noteWrap.firstChild.appendChild(element('span', {'class': 'badge text-bg-warning ms-1 d-none',
                'data-note-needed': q.name}, text.needed));
            card.appendChild(noteWrap);
            card.appendChild(photoBlock(q));
            card.appendChild(findingBlock(q));
            card.appendChild(element('div', {'class': 'text-danger small mt-1', 'data-error-for': 'answers.' + q.name}));
            box.appendChild(card);
        });
        refresh();
    }

    // Shows and hides the questions and what they need as the answers stand.
    function refresh() {
        var asked = checklist();
        if (!asked) {
            return;
        }
        var given = values();
        asked.questions.forEach(function (q) {
            var need = needs(q, given);
            var card = box.querySelector('[data-question="' + q.name + '"]');
            card.classList.toggle('d-none', !need.shown);
            card.classList.toggle('border-danger', need.failed);
            card.querySelector('[data-note-needed]').classList.toggle('d-none', !need.note);
            card.querySelector('[data-photo-needed]').classList.toggle('d-none', !need.photo || !!state.files[q.name]);
            card.querySelector('[data-finding-for]').classList.toggle('d-none', !need.failed);
            var raise = card.querySelector('[data-raise]');
            if (need.action) {
                raise.checked = true;
            }
            raise.disabled = need.action;
        });
    }

    function read() {
        state.templateId = choice.value || null;
        state.kind = form.elements.kind ? form.elements.kind.value : 'INSPECTION';
        signatureBox.classList.toggle('d-none', state.kind !== 'JOINT');
        state.place = form.elements.place.value;
        state.organisationId = form.elements.organisationId ? form.elements.organisationId.value : '';
        state.conductedBy = form.elements.conductedBy.value;
        box.querySelectorAll('[data-answer]').forEach(function (input) {
            state.answers[input.dataset.answer] = input.value;
        });
        box.querySelectorAll('[data-note]').forEach(function (input) {
            state.notes[input.dataset.note] = input.value;
        });
        box.querySelectorAll('[data-finding-for]').forEach(function (block) {
            var finding = {raised: block.querySelector('[data-raise]').checked};
            block.querySelectorAll('[data-finding]').forEach(function (input) {
                finding[input.dataset.finding] = input.value;
            });
            state.findings[block.dataset.findingFor] = finding;
        });
    }

    function keepDraft() {
        var draft = Object.assign({}, state, {id: draftKey, inspectionId: state.id});
        saving = TandemOutbox.drafts.keep(draft).catch(function () { /* kept in the page only */ });
        return saving;
    }

    function restore(draft) {
        state = Object.assign(blank(), draft, {id: draft.inspectionId});
        delete state.inspectionId;
        choice.value = state.templateId || '';
        form.elements.place.value = state.place || '';
        if (form.elements.organisationId) {
            form.elements.organisationId.value = state.organisationId || '';
        }
        if (state.conductedBy) {
            form.elements.conductedBy.value = state.conductedBy;
        }
        if (form.elements.kind) {
            form.elements.kind.value = state.kind || 'INSPECTION';
        }
        signatureBox.classList.toggle('d-none', state.kind !== 'JOINT');
        drawSignature(state.signature);
        render();
    }

    // What the server takes: the shown questions' answers, notes and findings; the photos go beside it.
    function inspection() {
        var asked = checklist();
        var given = values();
        var place = form.elements.place.selectedOptions[0];
        var sent = {
            id: state.id, templateId: asked.id, templateVersion: asked.version,
            siteId: place ? place.dataset.site : null,
            areaId: state.place && state.place.indexOf('area:') === 0 ? state.place.slice(5) : null,
            organisationId: state.organisationId || null, conductedBy: state.conductedBy,
            conductedOn: state.conductedOn || null, kind: state.kind || 'INSPECTION',
            answers: {}, notes: {}, findings: []
        };
        var files = {};
        if (sent.kind === 'JOINT' && state.signature) {
            files.signature = state.signature;
        }
        asked.questions.forEach(function (q) {
            var need = needs(q, given);
            if (!need.shown) {
                return;
            }
            if (state.answers[q.name]) {
                sent.answers[q.name] = state.answers[q.name];
            }
            if (state.notes[q.name]) {
                sent.notes[q.name] = state.notes[q.name];
            }
            if (state.files[q.name]) {
                files['photo.' + q.name] = state.files[q.name];
            }
            var finding = state.findings[q.name];
            if (need.failed && finding && finding.raised) {
                sent.findings.push({question: q.name, note: finding.note, title: finding.title,
                    ownerPersonId: finding.ownerPersonId || null, dueDate: finding.dueDate || null});
            }
        });
        return {fields: {id: state.id, inspection: JSON.stringify(sent)}, files: files};
    }

    // What the server would refuse, found here first: each shown question's required answer, note, photo and action.
    function problems() {
        var found = [];
        var given = values();
        if (state.kind === 'JOINT' && !state.signature) {
            found.push({field: 'signature', message: text.signRequired});
        }
        if (state.kind === 'CONTRACTOR_AUDIT' && !state.organisationId) {
            found.push({field: 'organisationId', message: text.auditWhom});
        }
        checklist().questions.forEach(function (q) {
            var need = needs(q, given);
            var field = 'answers.' + q.name;
            var finding = state.findings[q.name] || {};
            if (!need.shown) {
                return;
            }
            if (q.required && !(q.name in given)) {
                found.push({field: field, message: text.answerRequired});
            } else if (q.type === 'NUMBER' && q.name in given && ((q.minimum != null && given[q.name] < q.minimum)
                    || (q.maximum != null && given[q.name] > q.maximum))) {
                found.push({field: field, message: text.outsideLimits});
            } else if (need.note && !state.notes[q.name]) {
                found.push({field: field, message: text.noteRequired});
            } else if (need.photo && !state.files[q.name]) {
                found.push({field: field, message: text.photoRequired});
            } else if ((need.action || (need.failed && finding.raised)) && !finding.ownerPersonId) {
                found.push({field: field, message: text.actionRequired});
            }
        });
        return found;
    }

    function showErrors(errors) {
        form.querySelectorAll('[data-error-for]').forEach(function (slot) { slot.textContent = ''; });
        var general = [];
        errors.forEach(function (error) {
            var slot = form.querySelector('[data-error-for="' + error.field + '"]');
            if (slot) {
                slot.textContent = error.message;
            }
            general.push(error.message);
        });
        say('danger', text.invalid + ' ' + general.join(' '));
        var first = errors.length && form.querySelector('[data-error-for="' + errors[0].field + '"]');
        if (first) {
            first.closest('[data-question]').scrollIntoView();
        }
    }

    // Inspections the server refused after the person left the page stay on the phone, each with why, until discarded.
    function showRefused() {
        return TandemOutbox.refused('audit/field').then(function (items) {
            refusedBox.textContent = '';
            refusedBox.classList.toggle('d-none', !items.length);
            items.forEach(function (item) {
                var sent = JSON.parse(item.fields.inspection || '{}');
                var asked = checklists.filter(function (c) { return c.id === sent.templateId; })[0];
                var reasons = item.refused.errors.map(function (error) {
                    return error.reason === 'unreadable' ? text.unreadable : error.message;
                }).filter(function (reason) { return reason; });
                var entry = element('div', {'class': 'alert alert-danger', 'data-refused-item': item.id});
                entry.appendChild(element('div', {'class': 'fw-semibold'}, text.refusedTitle));
                entry.appendChild(element('div', {}, (asked ? asked.title : text.unknownChecklist)
                    + (sent.conductedOn ? ', ' + sent.conductedOn : '')
                    + (sent.conductedBy ? ', ' + sent.conductedBy : '')));
                entry.appendChild(element('p', {'class': 'mb-2', 'data-refused-reason': ''},
                    reasons.join(' ') || text.unreadable));
                entry.appendChild(element('button', {type: 'button', 'class': 'btn btn-outline-danger btn-sm',
                    'data-refused-discard': item.id}, text.discard));
                refusedBox.appendChild(entry);
            });
        }).catch(function () { /* nothing kept */ });
    }

    function startAnew() {
        state = blank();
        var place = form.elements.place.value;
        choice.value = '';
        form.elements.place.value = place;
        TandemOutbox.drafts.forget(draftKey).catch(function () { /* nothing kept */ });
        render();
        window.scrollTo(0, 0);
    }

    checklists.forEach(function (c) {
        choice.appendChild(element('option', {value: c.id}, c.title));
    });
    if (!checklists.length) {
        say('warning', text.noChecklists);
    }
    form.addEventListener('change', function (event) {
        var photo = event.target.closest('[data-photo]');
        if (event.target === choice) {
            state.answers = {};
            state.notes = {};
            state.findings = {};
            state.files = {};
            state.templateId = choice.value || null;
            render();
        }
        read();
        if (photo && photo.files[0]) {
            var question = photo.dataset.photo;
            TandemOutbox.smaller(photo.files[0]).then(function (smaller) {
                state.files[question] = smaller;
                var thumb = box.querySelector('[data-thumb="' + question + '"]');
                thumb.src = URL.createObjectURL(smaller);
                thumb.classList.remove('d-none');
                refresh();
                keepDraft();
            });
        }
        refresh();
        keepDraft();
    });
    form.addEventListener('input', function () {
        read();
        refresh();
        keepDraft();
    });
    form.addEventListener('submit', function (event) {
        event.preventDefault();
        read();
        if (!form.reportValidity()) {
            return;
        }
        var found = problems();
        if (found.length) {
            showErrors(found);
            return;
        }
        var sent = inspection();
        var item = {id: state.id, target: 'audit/field', fields: sent.fields, files: sent.files, savedAt: Date.now(),
            by: TandemOutbox.user()};
        var kept = Object.assign({}, state);
        var button = form.querySelector('button[type=submit]');
        button.disabled = true;
        Promise.resolve(saving).then(function () { return TandemOutbox.keep(item); }).then(function () {
            startAnew();
            return TandemOutbox.sync();
        }).then(function (result) {
            if (result.sent.indexOf(item.id) >= 0) {
                say('success', kept.kind === 'JOINT' ? text.awaitsOwner : text.received);
            } else if (result.rejected[item.id] && checklists.some(function (c) { return c.id === kept.templateId; })
                    && !result.rejected[item.id].some(function (error) { return error.reason === 'unreadable'; })) {
                // refused while the person is here: back into the form to be put right, not kept twice
                restore(Object.assign({}, kept, {inspectionId: kept.id}));
                keepDraft();
                showErrors(result.rejected[item.id]);
                return TandemOutbox.discard(item.id);
            } else if (result.rejected[item.id]) {
                say('danger', text.unreadable);
                return showRefused();
            } else {
                say('warning', text.saved);
            }
        }).finally(function () { button.disabled = false; });
    });
    // The contractor's side signs a joint inspection here with a finger; the plant's side signs on its own sign-in.
    var signature = TandemSignaturePad.attach(pad, function (blob) {
        state.signature = blob;
        keepDraft();
    });
    function drawSignature(blob) {
        signature.show(blob);
    }
    form.querySelector('[data-field-signature-clear]').addEventListener('click', function () {
        state.signature = null;
        signature.clear();
        keepDraft();
    });
    refusedBox.addEventListener('click', function (event) {
        var discard = event.target.closest('[data-refused-discard]');
        if (discard) {
            TandemOutbox.discard(discard.dataset.refusedDiscard).then(showRefused);
        }
    });
    showRefused();
    document.addEventListener('tandem:outbox-synced', showRefused);
    TandemOutbox.drafts.read(draftKey).then(function (draft) {
        if (draft && draft.templateId) {
            restore(draft);
        }
    }).catch(function () { /* no draft kept */ });
})();
