/*
 * Support Contingent dashboard item: the messages it shows, in the user's language. In Jira the web resource's
 * jsI18n transformer replaces each getText call below (literal keys only) with the translated text before the file is
 * served; the keys live in i18n/support-contingent*.properties. Placeholders {0}, {1} are filled by the model.
 */
define('support-contingent/dashboard-messages', [], function () {
    'use strict';

    return {
        'title': AJS.I18n.getText('support-contingent.dashboard.title'),
        'hours': AJS.I18n.getText('support-contingent.dashboard.hours'),
        'level.L1': AJS.I18n.getText('support-contingent.level.L1'),
        'level.L2': AJS.I18n.getText('support-contingent.level.L2'),
        'level.L3': AJS.I18n.getText('support-contingent.level.L3'),
        'state.ok': AJS.I18n.getText('support-contingent.dashboard.state.ok'),
        'state.threshold': AJS.I18n.getText('support-contingent.dashboard.state.threshold'),
        'state.exhausted': AJS.I18n.getText('support-contingent.dashboard.state.exhausted'),
        'state.suspended': AJS.I18n.getText('support-contingent.dashboard.state.suspended'),
        'bar.limit': AJS.I18n.getText('support-contingent.dashboard.bar.limit'),
        'usage': AJS.I18n.getText('support-contingent.dashboard.usage'),
        'usage.noContingent': AJS.I18n.getText('support-contingent.dashboard.usage.noContingent'),
        'forecast': AJS.I18n.getText('support-contingent.dashboard.forecast'),
        'forecast.noContingent': AJS.I18n.getText('support-contingent.dashboard.forecast.noContingent'),
        'forecast.exhaustion': AJS.I18n.getText('support-contingent.dashboard.forecast.exhaustion'),
        'forecast.from': AJS.I18n.getText('support-contingent.dashboard.forecast.from'),
        'over': AJS.I18n.getText('support-contingent.dashboard.over'),
        'remaining': AJS.I18n.getText('support-contingent.dashboard.remaining'),
        'suspendedWork': AJS.I18n.getText('support-contingent.dashboard.suspendedWork'),
        'rate': AJS.I18n.getText('support-contingent.dashboard.rate'),
        'suspensions': AJS.I18n.getText('support-contingent.dashboard.suspensions'),
        'suspension.level': AJS.I18n.getText('support-contingent.dashboard.suspension.level'),
        'suspension.all': AJS.I18n.getText('support-contingent.dashboard.suspension.all'),
        'reason': AJS.I18n.getText('support-contingent.dashboard.reason'),
        'byCustomer': AJS.I18n.getText('support-contingent.dashboard.byCustomer'),
        'byCustomer.named': AJS.I18n.getText('support-contingent.dashboard.byCustomer.named'),
        'topups': AJS.I18n.getText('support-contingent.dashboard.topups'),
        'topup': AJS.I18n.getText('support-contingent.dashboard.topup'),
        'closed': AJS.I18n.getText('support-contingent.dashboard.closed'),
        'link.report': AJS.I18n.getText('support-contingent.dashboard.link.report'),
        'link.contract': AJS.I18n.getText('support-contingent.dashboard.link.contract'),
        'month': AJS.I18n.getText('support-contingent.dashboard.month'),
        'empty': AJS.I18n.getText('support-contingent.dashboard.empty'),
        'loading': AJS.I18n.getText('support-contingent.dashboard.loading'),
        'error.login': AJS.I18n.getText('support-contingent.dashboard.error.login'),
        'error.denied': AJS.I18n.getText('support-contingent.dashboard.error.denied'),
        'error.notFound': AJS.I18n.getText('support-contingent.dashboard.error.notFound'),
        'error.failed': AJS.I18n.getText('support-contingent.dashboard.error.failed'),
        'edit.contract': AJS.I18n.getText('support-contingent.dashboard.edit.contract'),
        'edit.all': AJS.I18n.getText('support-contingent.dashboard.edit.all'),
        'edit.option': AJS.I18n.getText('support-contingent.dashboard.edit.option'),
        'edit.month': AJS.I18n.getText('support-contingent.dashboard.edit.month'),
        'edit.month.hint': AJS.I18n.getText('support-contingent.dashboard.edit.month.hint'),
        'edit.save': AJS.I18n.getText('support-contingent.dashboard.edit.save'),
        'edit.cancel': AJS.I18n.getText('support-contingent.dashboard.edit.cancel'),
        'edit.month.invalid': AJS.I18n.getText('support-contingent.dashboard.edit.month.invalid'),
        'edit.contract.invalid': AJS.I18n.getText('support-contingent.dashboard.edit.contract.invalid')
    };
});
