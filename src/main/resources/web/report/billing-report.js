/*
 * Billing report: the "Close month" button. Asks for confirmation in a modal dialog (keyboard: Tab between its
 * buttons, Escape cancels, Cancel has the focus first), then POSTs to the plugin's REST API and reloads the report,
 * which then shows the month as closed; a refusal shows the REST error messages next to the button. Texts come from
 * the data-msg-* attributes of the template; every text is written with textContent, never as HTML.
 */
(function () {
    'use strict';

    // shared with the other page scripts (web/common/page-texts.js, loaded first)
    var format = window.SupportContingentTexts.format;
    var errorMessages = window.SupportContingentTexts.errorMessages;

    function start() {
        var root = document.getElementById('sc-close-month');
        var button = document.getElementById('sc-close-month-button');
        var dialog = document.getElementById('sc-close-month-dialog');
        if (!root || !button || !dialog) {
            return;
        }
        var result = document.getElementById('sc-close-month-result');
        var progress = document.getElementById('sc-close-month-progress');
        var msg = function (name, args) {
            return format(root.getAttribute('data-msg-' + name) || name, args || []);
        };

        var idle = function () {
            button.disabled = false;
            button.removeAttribute('aria-busy');
            progress.textContent = '';
        };

        var refused = function (text) {
            idle();
            result.textContent = text;
            result.hidden = false;
            result.focus();
        };

        var close = function () {
            button.disabled = true;
            button.setAttribute('aria-busy', 'true');
            progress.textContent = msg('closing');
            window.fetch(root.getAttribute('data-url'), {
                method: 'POST',
                credentials: 'same-origin',
                headers: {
                    'Content-Type': 'application/json',
                    'Accept': 'application/json',
                    'X-Atlassian-Token': 'no-check'
                },
                body: '{}'
            }).then(function (response) {
                if (response.ok) {
                    window.location.reload();
                    return null;
                }
                return response.json().catch(function () { return null; }).then(function (json) {
                    var messages = errorMessages(json);
                    refused(messages.length ? messages.join(' ') : msg('failed', [response.status]));
                });
            }, function () {
                refused(msg('no-answer'));
            });
        };

        button.addEventListener('click', function () {
            result.hidden = true;
            result.textContent = '';
            if (typeof dialog.showModal === 'function') {
                dialog.returnValue = '';
                dialog.showModal();
            } else if (window.confirm(msg('confirm'))) {
                close();
            }
        });
        // Escape cancels by the dialog itself: Jira's AUI cancels every Escape on the page (its layer manager), and
        // the browser's own cancel of a modal dialog would then never come
        dialog.addEventListener('keydown', function (event) {
            if (event.key === 'Escape' && dialog.open) {
                event.preventDefault();
                dialog.close('');
            }
        });
        dialog.addEventListener('close', function () {
            if (dialog.returnValue === 'confirm') {
                close();
            } else {
                button.focus();
            }
        });
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
}());
