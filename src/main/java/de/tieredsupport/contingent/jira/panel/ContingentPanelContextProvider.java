package de.tieredsupport.contingent.jira.panel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.I18nHelper;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.plugin.web.ContextProvider;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.webresource.api.assembler.PageBuilderService;

import de.tieredsupport.contingent.domain.ChangeRequest;
import de.tieredsupport.contingent.domain.ContractStatus;
import de.tieredsupport.contingent.domain.LevelState;
import de.tieredsupport.contingent.domain.LevelStatus;
import de.tieredsupport.contingent.domain.RequestCategory;
import de.tieredsupport.contingent.domain.SupportLevel;
import de.tieredsupport.contingent.service.AccessDeniedException;
import de.tieredsupport.contingent.service.ChangeRequests;
import de.tieredsupport.contingent.service.DisplayFormat;
import de.tieredsupport.contingent.service.NotFoundException;
import de.tieredsupport.contingent.service.UseCases;
import de.tieredsupport.contingent.service.port.IssueCategories;
import de.tieredsupport.contingent.service.port.IssueLevelLookup;

import jakarta.inject.Inject;

/**
 * Builds the issue panel: the ticket's Support Level and this month's usage of that level for the project's
 * contract, and the ticket's request category with the control agents change it with. Projects without a contract,
 * and readers without browse rights, get no panel content.
 */
public final class ContingentPanelContextProvider implements ContextProvider {

    static final String KEY = "support-contingent.panel.";
    /** The panel's styles (the usage bar); atlassian-plugin.xml declares them. */
    static final String WEB_RESOURCE = "de.tieredsupport.support-contingent:contingent-panel-resources";

    private final UseCases services;
    private final IssueLevelLookup levels;
    private final JiraAuthenticationContext authentication;
    private final PageBuilderService pageBuilder;
    private final IssueCategories categories;
    private final ApplicationProperties applicationProperties;

    @Inject
    public ContingentPanelContextProvider(UseCases services, IssueLevelLookup levels,
            IssueCategories categories, @ComponentImport JiraAuthenticationContext authentication,
            @ComponentImport PageBuilderService pageBuilder,
            @ComponentImport ApplicationProperties applicationProperties) {
        this.services = services;
        this.levels = levels;
        this.categories = categories;
        this.authentication = authentication;
        this.pageBuilder = pageBuilder;
        this.applicationProperties = applicationProperties;
    }

    @Override
    public void init(Map<String, String> params) {
        // No module parameters.
    }

    @Override
    public Map<String, Object> getContextMap(Map<String, Object> context) {
        Map<String, Object> result = new HashMap<>(context);
        I18nHelper i18n = authentication.getI18nHelper();
        result.put("i18n", i18n);
        Object candidate = context.get("issue");
        if (!(candidate instanceof Issue issue)) {
            return result;
        }
        ApplicationUser user = authentication.getLoggedInUser();
        ContractStatus status;
        try {
            status = services.getStatus().currentStatus(user == null ? null : user.getKey(), issue.getProjectId());
        } catch (NotFoundException | AccessDeniedException e) {
            return result;
        }
        Optional<SupportLevel> level = levels.currentLevel(issue.getId());
        result.put("panel", model(status, level,
                new DisplayFormat(authentication.getLocale(), status.month().zone()), i18n));
        services.getStatus().currentServiceHours(user == null ? null : user.getKey(), issue.getProjectId())
                .ifPresent(hours -> result.put("serviceHours",
                        hours.line((key, args) -> i18n.getText(key, (Object) args))));
        String userKey = user == null ? null : user.getKey();
        // relative to Jira's context path, so it works on every issue view URL
        String url = applicationProperties.getBaseUrl(UrlMode.RELATIVE) + "/rest/support-contingent/1.0/projects/"
                + issue.getProjectObject().getKey() + "/issues/" + issue.getKey() + "/category";
        RequestCategory current = categories.stored(issue.getId()).orElse(RequestCategory.DEFAULT);
        result.put("category", category(current,
                services.accessPolicy().canChangeCategory(userKey, issue.getProjectId()), url, i18n));
        if (current == RequestCategory.CHANGE_REQUEST) {
            try {
                ChangeRequests.View view = services.changeRequests().view(userKey, issue.getProjectId(),
                        issue.getKey());
                String crUrl = applicationProperties.getBaseUrl(UrlMode.RELATIVE)
                        + "/rest/support-contingent/1.0/projects/" + issue.getProjectObject().getKey() + "/issues/"
                        + issue.getKey() + "/change-request";
                result.put("changeRequest", changeRequest(view, crUrl,
                        new DisplayFormat(authentication.getLocale(), status.month().zone()), i18n,
                        services.auditTrail().displayNames()));
            } catch (RuntimeException unavailable) {
                // the panel shows the rest; the change request is not essential to it
            }
        }
        pageBuilder.assembler().resources().requireWebResource(WEB_RESOURCE);
        return result;
    }

    static PanelCategory category(RequestCategory current, boolean canChange, String url, I18nHelper i18n) {
        List<PanelOption> options = new ArrayList<>();
        for (RequestCategory each : RequestCategory.values()) {
            options.add(new PanelOption(each.key(), label(each, i18n), each == current));
        }
        return new PanelCategory(label(current, i18n), canChange, canChange ? url : "", options);
    }

    static PanelChangeRequest changeRequest(ChangeRequests.View view, String url, DisplayFormat format,
            I18nHelper i18n, java.util.function.UnaryOperator<String> names) {
        String key = KEY + "changeRequest.";
        Optional<ChangeRequest.Round> inForce = view.inForce();
        Optional<ChangeRequest.Round> current = view.current();
        String state = view.state().map(st -> i18n.getText("support-contingent.changeRequest.state." + st.name()))
                .orElse(i18n.getText(key + "none"));
        String inForceText = inForce.map(r -> estimate(r, format, i18n)).orElse("");
        String amount = view.amountInForce() != null ? format.money(view.amountInForce())
                : view.estimatedAmount() != null && inForce.isEmpty() ? format.money(view.estimatedAmount()) : "";
        String approval = inForce.map(r -> {
            ChangeRequest.Decision d = r.decision();
            return d.viaLink() ? i18n.getText(key + "approvedVia", format.dateTime(d.at()), d.by())
                    : i18n.getText(key + "approvedRecorded", format.dateTime(d.at()), names.apply(d.by()));
        }).orElse("");
        String effort = view.percentOfEstimate() == null ? format.duration(view.minutesToDate())
                : i18n.getText(key + "effortOf", format.duration(view.minutesToDate()),
                        String.valueOf(view.percentOfEstimate()));
        String currentText = "";
        if (current.isPresent() && (inForce.isEmpty() || current.get().number() != inForce.get().number())) {
            ChangeRequest.Round round = current.get();
            String label = view.pendingRevision().isPresent()
                    ? i18n.getText(key + "pending", String.valueOf(round.number()),
                            i18n.getText("support-contingent.changeRequest.state." + round.state().name()))
                    : i18n.getText(key + "current", String.valueOf(round.number()));
            currentText = label + " " + estimate(round, format, i18n);
        }
        ChangeRequest.Round editable = current.orElse(null);
        SupportLevel level = editable == null ? SupportLevel.L3 : editable.estimate().level();
        List<PanelOption> levels = new ArrayList<>();
        for (SupportLevel each : SupportLevel.values()) {
            levels.add(new PanelOption(each.key(), i18n.getText("support-contingent.level." + each.key()),
                    each == level));
        }
        // the form starts from the latest round: a draft is edited, a revision starts from the last estimate
        boolean known = editable != null;
        return new PanelChangeRequest(state, view.state().map(Enum::name).orElse(""), inForceText, amount,
                approval, effort, currentText, known ? editable.estimate().scope() : "",
                known ? String.valueOf(editable.estimate().minutes().toLong() / 60) : "",
                known ? String.valueOf(editable.estimate().minutes().toLong() % 60) : "", levels,
                view.mayPrepare() ? url : "");
    }

    private static String estimate(ChangeRequest.Round round, DisplayFormat format, I18nHelper i18n) {
        return i18n.getText(KEY + "changeRequest.estimateAt", format.duration(round.estimate().minutes().toLong()),
                i18n.getText("support-contingent.level." + round.estimate().level().key()));
    }

    private static String label(RequestCategory category, I18nHelper i18n) {
        return i18n.getText("support-contingent.category." + category.key());
    }

    static IssuePanelModel model(ContractStatus status, Optional<SupportLevel> level, DisplayFormat format,
            I18nHelper i18n) {
        if (level.isEmpty()) {
            return new IssuePanelModel(i18n.getText(KEY + "noLevel"), false, false, "", "", "", "", 0, "none",
                    List.of(new PanelWarning("info", i18n.getText(KEY + "noLevel.hint"))));
        }
        SupportLevel shown = level.get();
        LevelStatus usage = status.level(shown);
        String levelLabel = i18n.getText("support-contingent.level." + shown.key());
        String month = format.month(status.month().yearMonth());
        List<PanelWarning> warnings = new ArrayList<>();
        LevelState levelState = status.state(shown);
        // the usage warnings also while suspended: they say what the customer's decision is about
        LevelState usageState = LevelState.of(usage.usedMinutes(), usage.availableMinutes(), status.thresholds(),
                false);
        if (levelState.kind() == LevelState.Kind.SUSPENDED) {
            warnings.add(new PanelWarning("error", i18n.getText(KEY + "suspended", levelLabel, month)));
        }
        switch (usageState.kind()) {
            case OVER -> warnings.add(new PanelWarning("error",
                    i18n.getText(KEY + "over", format.duration(usage.overageMinutes().toLong()))));
            case REACHED -> warnings.add(new PanelWarning("error", i18n.getText(KEY + "exhausted")));
            case WARNING -> warnings.add(new PanelWarning("warning",
                    i18n.getText(KEY + "threshold", String.valueOf(usageState.threshold()))));
            default -> { }
        }
        String state = switch (levelState.kind()) {
            case SUSPENDED, OVER, REACHED -> "error";
            case WARNING -> "warning";
            case OK -> "ok";
        };
        String forecast = usage.projectedExhaustion()
                .map(day -> i18n.getText(KEY + "forecast.exhaustion",
                        format.duration(usage.projectedMonthEndMinutes().toLong()),
                        String.valueOf(day.getDayOfMonth())))
                .orElse(i18n.getText(KEY + "forecast", format.duration(usage.projectedMonthEndMinutes().toLong())));
        return new IssuePanelModel(levelLabel, true, true, format.duration(usage.usedMinutes().toLong()),
                format.duration(usage.availableMinutes().toLong()), format.duration(usage.remainingMinutes().toLong()),
                forecast,
                Math.min(100, Math.max(0, usage.percentUsed())), state, warnings);
    }

}
