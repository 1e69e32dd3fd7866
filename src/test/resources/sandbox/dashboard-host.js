/*
 * Sandbox stand-in for what Jira's dashboard gives a dashboard item (test code, never packaged):
 * - a tiny AMD loader: define(name, deps, factory) and require([names], callback), modules by name only;
 * - AJS.contextPath() and AJS.I18n.getText(key) over the translations the sandbox serves (Jira's jsI18n
 *   transformer would have put the texts into the plugin's script instead);
 * - the dashboard item API: savePreferences, closeEdit, isEditable, setTitle, showLoadingBar, hideLoadingBar,
 *   resize, initRefresh, getGadgetId, getContext, once. Preferences are kept in this browser (localStorage) per
 *   sandbox user; ?projectKey=...&month=... in the page address preset them.
 */
(function (window, document) {
    'use strict';

    var factories = {};
    var modules = {};

    function resolve(name) {
        if (!Object.prototype.hasOwnProperty.call(modules, name)) {
            var entry = factories[name];
            if (!entry) {
                throw new Error('AMD module not defined: ' + name);
            }
            modules[name] = entry.factory.apply(window, entry.deps.map(resolve));
        }
        return modules[name];
    }

    window.define = function (name, deps, factory) {
        if (typeof name !== 'string') {
            throw new Error('only named modules are supported here');
        }
        if (typeof deps === 'function') {
            factory = deps;
            deps = [];
        }
        factories[name] = { deps: deps, factory: factory };
    };
    window.define.amd = {};
    window.require = function (names, callback) {
        var resolved = names.map(resolve);
        if (callback) {
            callback.apply(window, resolved);
        }
        return resolved[0];
    };

    var translations = {};
    var contextPath = '';
    // Where AUI's JavaScript is loaded, its AJS has read-only members: the stand-ins go into a layer over it.
    var ajs = window.AJS ? Object.create(window.AJS) : {};
    Object.defineProperty(ajs, 'contextPath', {
        value: function () {
            return contextPath;
        }
    });
    Object.defineProperty(ajs, 'I18n', {
        value: {
            getText: function (key) {
                return Object.prototype.hasOwnProperty.call(translations, key) ? translations[key] : key;
            }
        }
    });
    window.AJS = ajs;

    function storageKey(frame) {
        return 'sc.sandbox.dashboard.' + frame.getAttribute('data-user') + '.' + frame.getAttribute('data-gadget-id');
    }

    function initialPreferences(frame) {
        var query = new URLSearchParams(window.location.search);
        if (query.has('projectKey') || query.has('month')) {
            return { projectKey: query.get('projectKey') || '', month: query.get('month') || '',
                isConfigured: 'true' };
        }
        try {
            return JSON.parse(window.localStorage.getItem(storageKey(frame)) || '{}');
        } catch (e) {
            return {};
        }
    }

    function mount(frame) {
        contextPath = frame.getAttribute('data-context-path') || '';
        var id = frame.getAttribute('data-gadget-id');
        var content = document.getElementById('gadget-' + id + '-content');
        var title = document.getElementById('gadget-' + id + '-title');
        var edit = document.getElementById('gadget-' + id + '-edit');
        var $content = { jquery: 'sandbox', 0: content, length: 1 };
        var preferences = initialPreferences(frame);
        var item;
        var api = {
            isEditable: function () {
                return frame.getAttribute('data-user') !== '';
            },
            savePreferences: function (saved) {
                preferences = saved;
                try {
                    window.localStorage.setItem(storageKey(frame), JSON.stringify(saved));
                } catch (e) {
                    // private mode: keep them for this page only
                }
                show();
            },
            closeEdit: function () {
                show();
            },
            setTitle: function (text) {
                title.textContent = text;
            },
            showLoadingBar: function () {
                frame.setAttribute('aria-busy', 'true');
            },
            hideLoadingBar: function () {
                frame.removeAttribute('aria-busy');
            },
            resize: function () {},
            initRefresh: function () {},
            getGadgetId: function () {
                return id;
            },
            getContext: function () {
                return $content;
            },
            once: function (event, callback) {
                window.setTimeout(callback, 0);
            }
        };

        function show() {
            frame.setAttribute('data-mode', 'view');
            edit.setAttribute('aria-expanded', 'false');
            title.textContent = window.AJS.I18n.getText('support-contingent.dashboard.title');
            item.render($content, preferences);
        }

        var Item = window.require([frame.getAttribute('data-module')]);
        item = new Item(api, {});
        edit.addEventListener('click', function () {
            frame.setAttribute('data-mode', 'edit');
            edit.setAttribute('aria-expanded', 'true');
            item.renderEdit($content, preferences);
        });
        show();
    }

    window.SandboxDashboard = {
        translations: function (table) {
            translations = table || {};
        },
        mountAll: function () {
            var frames = document.querySelectorAll('section.sc-gadget[data-module]');
            for (var i = 0; i < frames.length; i++) {
                mount(frames[i]);
            }
        }
    };
}(window, document));
