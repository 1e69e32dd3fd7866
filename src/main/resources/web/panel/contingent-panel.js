/*
 * Issue panel: the request category control. Shows the form the template renders hidden (without this script the
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

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
}());
