/*
 * Support Contingent dashboard item (Jira dashboard-item module, AMD): one contract or every contract the user may
 * see, for one month, from the plugin's REST API. The dashboard creates it with its item API, then calls
 * render(context, preferences) or renderEdit(context, preferences); the edit view saves through
 * API.savePreferences(preferences). context is the item's element (a jQuery object in Jira).
 */
define('support-contingent/dashboard-item', [
    'support-contingent/dashboard-model',
    'support-contingent/dashboard-view',
    'support-contingent/dashboard-messages'
], function (model, view, messages) {
    'use strict';

    /** Project ids by key, resolved once per page through Jira's REST API (for the report link). */
    var projectIds = {};

    function elementOf(context) {
        return context && context.jquery ? context[0] : context;
    }

    function contextPath() {
        var ajs = typeof AJS !== 'undefined' ? AJS : null;
        return ajs && typeof ajs.contextPath === 'function' ? ajs.contextPath() : '';
    }

    function locale(doc) {
        var lang = doc.documentElement && doc.documentElement.getAttribute('lang');
        return lang ? lang.replace('_', '-') : undefined;
    }

    function call(api, name, args) {
        if (api && typeof api[name] === 'function') {
            return api[name].apply(api, args || []);
        }
        return undefined;
    }

    function getJson(url) {
        return fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
            .then(function (response) {
                return response.text().then(function (text) {
                    var body = null;
                    try {
                        body = text ? JSON.parse(text) : null;
                    } catch (e) {
                        body = null;
                    }
                    if (!response.ok) {
                        var error = new Error('HTTP ' + response.status);
                        error.status = response.status;
                        error.body = body;
                        throw error;
                    }
                    return body;
                });
            });
    }

    function errorText(error) {
        var status = error && error.status;
        if (status === 401) {
            return messages['error.login'];
        }
        if (status === 403) {
            return messages['error.denied'];
        }
        if (status === 404) {
            return messages['error.notFound'];
        }
        var body = error && error.body;
        if (body && Array.isArray(body.errors) && body.errors.length && typeof body.errors[0].message === 'string') {
            return body.errors[0].message;
        }
        return model.format(messages['error.failed'], [status || '?']);
    }

    function DashboardItem(API, options) {
        this.API = API;
        this.options = options || {};
        this.doc = this.options.document || document;
        this.contextPath = this.options.contextPath !== undefined ? this.options.contextPath : contextPath();
        this.now = this.options.now || function () {
            return new Date();
        };
    }

    DashboardItem.prototype.idPrefix = function () {
        var id = call(this.API, 'getGadgetId');
        return 'sc-' + String(id === undefined || id === null ? 'item' : id).replace(/[^A-Za-z0-9_-]/g, '_');
    };

    /** The view: fetch, build the model, render; then make the report links exact where Jira knows the ids. */
    DashboardItem.prototype.render = function (context, preferences) {
        var self = this;
        var element = elementOf(context);
        var prefs = model.preferences(preferences, this.now());
        call(this.API, 'showLoadingBar');
        view.renderMessage(this.doc, element, 'loading', messages.loading, messages);
        return getJson(model.statusUrl(this.contextPath, prefs)).then(function (json) {
            var contracts = model.overview(json || [], self.now());
            view.renderContracts(self.doc, element, contracts, prefs.effectiveMonth, messages, {
                contextPath: self.contextPath, locale: locale(self.doc), idPrefix: self.idPrefix(),
                projectKey: prefs.projectKey, projectIds: projectIds
            });
            if (prefs.projectKey) {
                call(self.API, 'setTitle', [messages.title + ': ' + prefs.projectKey]);
            }
            return self.linkReports(element, contracts);
        }, function (error) {
            view.renderMessage(self.doc, element, 'error', errorText(error), messages);
        }).then(function () {
            call(self.API, 'hideLoadingBar');
            call(self.API, 'resize');
        });
    };

    /**
     * The status JSON names projects by key; Jira's report page wants the id. GET /rest/api/2/project/{key}
     * answers it (field "id"); until then, or if that fails, the link opens the project's report list. Only for
     * contracts whose report the reader may open (the others show no report link).
     */
    DashboardItem.prototype.linkReports = function (element, contracts) {
        var self = this;
        return Promise.all(contracts.filter(function (contract) {
            return contract.links.report;
        }).map(function (contract) {
            var known = contract.projectId || projectIds[contract.projectKey];
            var lookup = known ? Promise.resolve(known)
                : getJson(self.contextPath + '/rest/api/2/project/' + encodeURIComponent(contract.projectKey))
                    .then(function (project) {
                        var id = project && project.id !== undefined ? String(project.id) : null;
                        if (id && /^\d{1,18}$/.test(id)) {
                            projectIds[contract.projectKey] = id;
                        }
                        return projectIds[contract.projectKey] || null;
                    }, function () {
                        return null;
                    });
            return lookup.then(function (id) {
                if (!id) {
                    return;
                }
                var links = element.querySelectorAll('a.sc-report-link');
                for (var i = 0; i < links.length; i++) {
                    if (links[i].getAttribute('data-project') === contract.projectKey) {
                        links[i].setAttribute('href', model.reportUrl(self.contextPath, contract, id));
                        links[i].setAttribute('data-project-id', id);
                    }
                }
            });
        }));
    };

    /**
     * The item's own edit view: contract (all or one) and month, saved through the dashboard's API. It shows at once
     * and gets the list of contracts the user may see when the REST call answers (keeping what was typed).
     */
    DashboardItem.prototype.renderEdit = function (context, preferences) {
        var self = this;
        var element = elementOf(context);
        var prefs = model.preferences(preferences, this.now());
        var id = this.idPrefix() + '-edit';
        var controls = this.wireEdit(view.renderEdit(this.doc, element, prefs, [], messages, id));
        controls.project.focus();
        call(this.API, 'resize');
        return getJson(model.statusUrl(this.contextPath, { projectKey: '', effectiveMonth: prefs.effectiveMonth }))
            .then(function (json) {
                var contracts = model.overview(json || [], self.now()).sort(function (a, b) {
                    return a.projectKey < b.projectKey ? -1 : a.projectKey > b.projectKey ? 1 : 0;
                });
                var typed = { projectKey: controls.project.value, month: controls.month.value };
                var focused = self.doc.activeElement === controls.month ? 'month'
                    : self.doc.activeElement === controls.project ? 'project' : null;
                var fresh = self.wireEdit(view.renderEdit(self.doc, element, typed, contracts, messages, id));
                if (focused) {
                    fresh[focused].focus();
                }
                return fresh;
            }, function () {
                return controls;
            }).then(function (result) {
                call(self.API, 'resize');
                return result;
            });
    };

    DashboardItem.prototype.wireEdit = function (controls) {
        var self = this;
        controls.form.addEventListener('submit', function (event) {
            event.preventDefault();
            var result = model.validateEdit({ projectKey: controls.project.value, month: controls.month.value });
            view.showEditErrors(self.doc, controls, result.errors, messages);
            if (result.preferences) {
                call(self.API, 'savePreferences', [result.preferences]);
            } else {
                (result.errors[0].field === 'month' ? controls.month : controls.project).focus();
            }
        });
        controls.cancel.addEventListener('click', function () {
            call(self.API, 'closeEdit');
        });
        return controls;
    };

    return DashboardItem;
});
