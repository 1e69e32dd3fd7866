/*
 * What the plugin's page scripts share: filling {0}-style placeholders of a text from the page's data-msg-*
 * attributes, and reading the messages of a REST error body. Loaded before the page's own script in the same web
 * resource; defines window.SupportContingentTexts only.
 */
(function (window) {
    'use strict';

    /** The pattern with each {n} replaced by args[n]; placeholders without an argument stay as they are. */
    function format(pattern, args) {
        return String(pattern).replace(/\{(\d)\}/g, function (all, index) {
            return args[Number(index)] === undefined ? all : String(args[Number(index)]);
        });
    }

    /** The messages of a REST error body {"errors":[{"field":…,"message":…}]}, or an empty list. */
    function errorMessages(json) {
        if (!json || !Array.isArray(json.errors)) {
            return [];
        }
        return json.errors.map(function (error) {
            return error && typeof error.message === 'string' ? error.message : '';
        }).filter(function (message) { return message !== ''; });
    }

    window.SupportContingentTexts = { format: format, errorMessages: errorMessages };
}(window));
