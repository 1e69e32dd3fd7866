/*
 * Issue panel: the request category control, and on a Change request ticket the change request's form. Shows the form the template renders hidden (without this script the
 * category is only shown), and on submit PUTs {"category": KEY} to the plugin's REST API, then shows the new label or
 * the REST error messages. Texts come from the form's data-msg-* attributes; every text is written with
 * textContent, never as HTML.
 */
(function () {
    'use strict';

    // shared with the other page scripts (web/common/page-texts.js, loaded first)
    var format = window.SupportContingentTexts.format;
    var errorMessages = window.SupportContingentTexts.errorMessages;

    function start() {
        var form = document.getElementById('sc-category-form');
        var select = document.getElementById('sc-category-select');
        var button = document.getElementById('sc-category-save');
        var status = document.getElementById('sc-category-status');
        var label = document.getElementById('sc-category-label');
        if (!form || !select || !button || !status || !label) {
            return;
        }
        var msg = function (name, args) {
            return format(form.getAttribute('data-msg-' + name) || name, args || []);
        };
        form.hidden = false;
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            var chosen = select.options[select.selectedIndex];
            button.disabled = true;
            button.setAttribute('aria-busy', 'true');
            status.textContent = msg('saving');
            var done = function (text) {
                button.disabled = false;
                button.removeAttribute('aria-busy');
                status.textContent = text;
            };
            window.fetch(form.getAttribute('data-url'), {
                method: 'PUT',
                credentials: 'same-origin',
                headers: {
                    'Content-Type': 'application/json',
                    'Accept': 'application/json',
                    'X-Atlassian-Token': 'no-check'
                },
                body: JSON.stringify({ category: select.value })
            }).then(function (response) {
                if (response.ok) {
                    label.textContent = chosen.text;
                    done(msg('saved', [chosen.text]));
                    return null;
                }
                return response.json().catch(function () { return null; }).then(function (json) {
                    var messages = errorMessages(json);
                    done(msg('failed', [messages.length ? messages.join(' ') : String(response.status)]));
                });
            }, function () {
                done(msg('failed', ['']));
            });
        });
    }

    /*
     * The change request's form: Save draft PUTs {scope, estimateMinutes, level}, Submit and Withdraw POST to
     * .../submit and .../withdraw; each error is shown at its field (data-field), others in the status line; the
     * state shown follows the answer.
     */
    function startChangeRequest() {
        var form = document.getElementById('sc-cr-form');
        var status = document.getElementById('sc-cr-status');
        var state = document.getElementById('sc-cr-state');
        if (!form || !status || !state) {
            return;
        }
        var msg = function (name, args) {
            return format(form.getAttribute('data-msg-' + name) || name, args || []);
        };
        var buttons = form.querySelectorAll('button');
        var submitButton = document.getElementById('sc-cr-submit');
        var withdrawButton = document.getElementById('sc-cr-withdraw');
        // only what the state allows: submit a draft, withdraw what waits for the customer
        var reflect = function (current) {
            submitButton.hidden = current !== 'DRAFT';
            withdrawButton.hidden = current !== 'SUBMITTED';
        };
        var errorSpans = form.querySelectorAll('.sc-cr-error');
        var clearErrors = function () {
            for (var i = 0; i < errorSpans.length; i++) {
                errorSpans[i].textContent = '';
            }
            var invalid = form.querySelectorAll('[aria-invalid]');
            for (var j = 0; j < invalid.length; j++) {
                invalid[j].removeAttribute('aria-invalid');
            }
        };
        var showErrors = function (json, statusCode) {
            var errors = json && json.errors ? json.errors : [];
            var unplaced = [];
            for (var i = 0; i < errors.length; i++) {
                var span = errors[i].field ? form.querySelector('.sc-cr-error[data-field="' + errors[i].field + '"]')
                    : null;
                if (span) {
                    span.textContent = errors[i].message || '';
                    var input = form.querySelector('[aria-describedby="' + span.id + '"]');
                    if (input) {
                        input.setAttribute('aria-invalid', 'true');
                    }
                } else {
                    unplaced.push(errors[i].message || '');
                }
            }
            status.textContent = msg('failed', [unplaced.length ? unplaced.join(' ')
                : errors.length ? '' : String(statusCode)]);
        };
        var busy = function (on) {
            for (var i = 0; i < buttons.length; i++) {
                buttons[i].disabled = on;
            }
            if (on) {
                status.textContent = msg('saving');
            }
        };
        var send = function (method, url, body) {
            busy(true);
            clearErrors();
            window.fetch(url, {
                method: method,
                credentials: 'same-origin',
                headers: {
                    'Content-Type': 'application/json',
                    'Accept': 'application/json',
                    'X-Atlassian-Token': 'no-check'
                },
                body: JSON.stringify(body)
            }).then(function (response) {
                return response.json().catch(function () { return null; }).then(function (json) {
                    busy(false);
                    if (response.ok) {
                        if (json && json.state) {
                            state.textContent = msg('state-' + json.state);
                            state.setAttribute('data-state', json.state);
                            reflect(json.state);
                        }
                        status.textContent = msg('saved');
                    } else {
                        showErrors(json, response.status);
                    }
                });
            }, function () {
                busy(false);
                status.textContent = msg('failed', ['']);
            });
        };
        var whole = function (id) {
            var text = (document.getElementById(id).value || '').trim();
            return text === '' ? 0 : /^[0-9]{1,6}$/.test(text) ? parseInt(text, 10) : NaN;
        };
        reflect(state.getAttribute('data-state'));
        form.hidden = false;
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            var hours = whole('sc-cr-hours');
            var minutes = whole('sc-cr-minutes');
            if (isNaN(hours) || isNaN(minutes)) {
                clearErrors();
                showErrors({ errors: [{ field: 'estimateMinutes', message: msg('invalid') }] }, 400);
                return;
            }
            var level = document.getElementById('sc-cr-level');
            send('PUT', form.getAttribute('data-url'), {
                scope: document.getElementById('sc-cr-scope-input').value,
                estimateMinutes: hours * 60 + minutes,
                level: level.value
            });
        });
        submitButton.addEventListener('click', function () {
            send('POST', form.getAttribute('data-url') + '/submit', {});
        });
        withdrawButton.addEventListener('click', function () {
            send('POST', form.getAttribute('data-url') + '/withdraw', {});
        });
    }

    var both = function () {
        start();
        startChangeRequest();
    };
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', both);
    } else {
        both();
    }
}());
