package de.tieredsupport.contingent.jira.report;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;

import com.atlassian.jira.plugin.report.impl.AbstractReport;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.I18nHelper;
import com.atlassian.jira.web.action.ProjectActionSupport;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.webresource.api.assembler.PageBuilderService;

import de.tieredsupport.contingent.domain.Months;
import de.tieredsupport.contingent.domain.SupportLevel;
import de.tieredsupport.contingent.service.AccessDeniedException;
import de.tieredsupport.contingent.service.BillingReportView;
import de.tieredsupport.contingent.service.DisplayFormat;
import de.tieredsupport.contingent.service.NotFoundException;
import de.tieredsupport.contingent.service.UseCases;
import de.tieredsupport.contingent.service.view.BillingSheet;
import de.tieredsupport.contingent.service.view.HtmlText;

import jakarta.inject.Inject;

/**
 * The monthly billing report under Project → Reports. Thin: month parameter → the billing use case (which checks
 * that the reader may see money) → a text-only model → the view or Excel template. Ticket keys link to the issues
 * through SAL's {@link ApplicationProperties} (the base URL relative to the host, i.e. Jira's context path).
 */
public final class BillingReportModule extends AbstractReport {

    static final String MONTH = "month";
    static final String KEY = "support-contingent.report.";
    /** The report page's script and styles (the close-month button); atlassian-plugin.xml declares it. */
    static final String WEB_RESOURCE = "de.tieredsupport.support-contingent:billing-report-resources";

    private final UseCases services;
    private final JiraAuthenticationContext authentication;
    private final PageBuilderService pageBuilder;
    private final ApplicationProperties applicationProperties;
    private final Clock clock;

    @Inject
    public BillingReportModule(UseCases services, @ComponentImport JiraAuthenticationContext authentication,
            @ComponentImport PageBuilderService pageBuilder,
            @ComponentImport ApplicationProperties applicationProperties) {
        this(services, authentication, pageBuilder, applicationProperties, Clock.systemUTC());
    }

    BillingReportModule(UseCases services, JiraAuthenticationContext authentication,
            PageBuilderService pageBuilder, ApplicationProperties applicationProperties, Clock clock) {
        this.services = services;
        this.authentication = authentication;
        this.pageBuilder = pageBuilder;
        this.applicationProperties = applicationProperties;
        this.clock = clock;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public void validate(ProjectActionSupport action, Map params) {
        try {
            month(params);
        } catch (DateTimeException e) {
            action.addError(MONTH, authentication.getI18nHelper().getText(KEY + "error.month"));
        }
    }

    @Override
    @SuppressWarnings("rawtypes")
    public String generateReportHtml(ProjectActionSupport action, Map params) {
        pageBuilder.assembler().resources().requireWebResource(WEB_RESOURCE);
        return descriptor.getHtml("view", context(action, params));
    }

    @Override
    public boolean isExcelViewSupported() {
        return true;
    }

    /**
     * The same sheet as the report page's Excel download ({@link BillingSheet}): numeric cells with number formats.
     * Jira puts it into its own spreadsheet page and names the file; the download from the report page
     * ({@code billing.xls} of the REST API) is named {@code billing-KEY-yyyy-MM.xls}.
     */
    @Override
    @SuppressWarnings("rawtypes")
    public String generateReportExcel(ProjectActionSupport action, Map params) {
        Map<String, Object> context = context(action, params);
        if (context.get("sheet") instanceof BillingSheet sheet) {
            return sheet.table(action.getSelectedProjectObject().getName());
        }
        return "<table><tr><td>" + HtmlText.escape(String.valueOf(context.get("message"))) + "</td></tr></table>";
    }

    /** What the templates get: the model, or a message why there is none. */
    @SuppressWarnings("rawtypes")
    Map<String, Object> context(ProjectActionSupport action, Map params) {
        I18nHelper i18n = authentication.getI18nHelper();
        ApplicationUser user = authentication.getLoggedInUser();
        Project project = action.getSelectedProjectObject();
        Map<String, Object> context = new HashMap<>();
        context.put("i18n", i18n);
        if (project == null) {
            context.put("message", i18n.getText(KEY + "error.project"));
            return context;
        }
        try {
            YearMonth month = month(params);
            String userKey = user == null ? null : user.getKey();
            BillingReportView view = services.billingReport().report(userKey, project.getId(), month);
            // the reader's language; dates and times in the contract's zone, the one its months are counted in
            DisplayFormat format = new DisplayFormat(authentication.getLocale(), view.contract().zone());
            // Issue links relative to the host (SAL's RELATIVE base URL is Jira's context path, e.g. /jira), so they
            // work under whatever host name the reader uses.
            context.put("report", BillingReportModel.of(view, project.getKey(), project.getName(), format, labels(i18n),
                    services.accessPolicy().canManage(userKey, project.getId()), clock.instant(),
                    applicationProperties.getBaseUrl(UrlMode.RELATIVE)));
            // Relative to the report page (/secure/ConfigureReport.jspa), so they work under any context path.
            String monthPath = "../rest/support-contingent/1.0/projects/" + project.getKey() + "/months/" + month;
            context.put("sheet", new BillingSheet(view, format,
                    (key, args) -> args.length == 0 ? i18n.getText(key) : i18n.getText(key, (Object) args)));
            // CSV in the reader's conventions (separator and decimal mark), and in the other ones
            boolean decimalComma = format.usesDecimalComma();
            context.put("csvUrl", monthPath + "/billing.csv?separator=" + (decimalComma ? "semicolon" : "comma"));
            context.put("csvOtherUrl", monthPath + "/billing.csv?separator=" + (decimalComma ? "comma" : "semicolon"));
            context.put("excelUrl", monthPath + "/billing.xls");
            context.put("closeUrl", monthPath + "/close");
        } catch (AccessDeniedException e) {
            context.put("message", i18n.getText(KEY + "error.denied"));
        } catch (NotFoundException e) {
            context.put("message", i18n.getText(KEY + "error.noContract"));
        } catch (DateTimeException e) {
            context.put("message", i18n.getText(KEY + "error.month"));
        }
        return context;
    }

    /**
     * {@code yyyy-MM}, read exactly as the REST API reads months ({@link Months}: years 1970 to 2999, nothing
     * trimmed); without one (empty or blank), the previous month — the one usually invoiced.
     *
     * @throws DateTimeException if the parameter is not such a month
     */
    @SuppressWarnings("rawtypes")
    YearMonth month(Map params) {
        Object value = params == null ? null : params.get(MONTH);
        if (value instanceof String[] values && values.length > 0) {
            value = values[0];
        }
        if (value == null || value.toString().isBlank()) {
            return YearMonth.now(clock).minusMonths(1);
        }
        return Months.parse(value.toString())
                .orElseThrow(() -> new DateTimeException("Not a month like 2026-04"));
    }

    static BillingReportModel.Labels labels(I18nHelper i18n) {
        return new BillingReportModel.Labels() {
            @Override
            public String level(SupportLevel level) {
                return i18n.getText("support-contingent.level." + level.key());
            }

            @Override
            public String overagePolicy(String policyName) {
                return i18n.getText(KEY + "overage." + policyName);
            }

            @Override
            public String title(String projectName, String monthLabel) {
                return i18n.getText(KEY + "title", projectName, monthLabel);
            }

            @Override
            public String closeTitle(String monthLabel, String projectName) {
                return i18n.getText(KEY + "close.title", monthLabel, projectName);
            }

            @Override
            public String restricted() {
                return i18n.getText(KEY + "restricted");
            }

            @Override
            public String customerTopUp(String levelLabel, String duration, String date, String decisionMaker) {
                return i18n.getText(KEY + "customer.topUp",
                        (Object) new String[] {levelLabel, duration, date, decisionMaker});
            }

            @Override
            public String customerSuspension(String levelLabel, String date, String decisionMaker) {
                return levelLabel == null ? i18n.getText(KEY + "customer.suspension.all", date, decisionMaker)
                        : i18n.getText(KEY + "customer.suspension", (Object) new String[] {levelLabel, date,
                            decisionMaker});
            }

            @Override
            public String note(String note) {
                return i18n.getText(KEY + "customer.note", note);
            }

            @Override
            public String changeRequestLine(String issueKey, String levelLabel) {
                return i18n.getText(KEY + "changeRequest.line", issueKey, levelLabel);
            }

            @Override
            public String changeRequestApproval(String date, String decidedBy, boolean viaLink) {
                String approval = date + ", " + decidedBy;
                return viaLink ? approval + " (" + i18n.getText(KEY + "changeRequest.viaLink") + ")" : approval;
            }

            @Override
            public String changeRequestEnded() {
                return i18n.getText(KEY + "changeRequest.ended");
            }
        };
    }
}
