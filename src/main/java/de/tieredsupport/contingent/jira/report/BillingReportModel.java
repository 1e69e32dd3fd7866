package de.tieredsupport.contingent.jira.report;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import de.tieredsupport.contingent.domain.Adjustment;
import de.tieredsupport.contingent.domain.ChangeRequest;
import de.tieredsupport.contingent.domain.Figures;
import de.tieredsupport.contingent.domain.LinkDecider;
import de.tieredsupport.contingent.domain.MonthResult;
import de.tieredsupport.contingent.domain.SupportLevel;
import de.tieredsupport.contingent.domain.Suspension;
import de.tieredsupport.contingent.domain.TopUp;
import de.tieredsupport.contingent.service.BillingReportView;
import de.tieredsupport.contingent.service.ChangeRequestReport;
import de.tieredsupport.contingent.service.DisplayFormat;
import de.tieredsupport.contingent.service.port.IssueInfo;

/**
 * The billing report of one project-month as the templates see it: all text, already formatted for the
 * reader's locale. Built from the use case's {@link BillingReportView}; amounts are the ones the domain
 * computed (level lines rounded once, ticket lines allocated to add up exactly).
 *
 * @param closable whether the reader may close this month now: a billing manager (as the access policy says) and
 *        an open month that has ended in the contract's time zone and is the next to close (every earlier month
 *        closed). The close itself checks all of it again.
 */
public record BillingReportModel(String projectKey, String projectName, String month, String monthLabel,
        String title, String closeTitle, boolean closed, boolean closable, List<ReportLevelRow> levels,
        List<ReportAdjustmentRow> adjustments, String totalBilled, String totalAmount, String adjustmentsTotal,
        String invoiceTotal, String overagePolicy, List<String> customerDecisions,
        List<ReportChangeRequestRow> changeRequests, String changeRequestsBilled, String changeRequestsTotal) {

    public BillingReportModel {
        levels = List.copyOf(levels);
        adjustments = List.copyOf(adjustments);
        customerDecisions = List.copyOf(customerDecisions);
        changeRequests = List.copyOf(changeRequests);
    }

    /** Whether the month has change-request work (billed outside the contingent). */
    public boolean hasChangeRequests() {
        return !changeRequests.isEmpty();
    }

    /** Whether the month has top-ups or suspensions a decision maker chose through a decision link. */
    public boolean hasCustomerDecisions() {
        return !customerDecisions.isEmpty();
    }

    public boolean hasAdjustments() {
        return !adjustments.isEmpty();
    }

    /**
     * Labels come from the plugin's message bundle in the reader's language. Texts that contain the project name are
     * composed here, not in the template: a template prints them as plain (escaped) references, whereas Jira may
     * treat what {@code $i18n.getText(...)} returns as markup and print user text passed to it unescaped.
     */
    public interface Labels {
        String level(SupportLevel level);

        String overagePolicy(String policyName);

        /** The report's heading, e.g. "Billing report ACME Maschinenbau GmbH - November 2026". */
        String title(String projectName, String monthLabel);

        /** The close confirmation's heading. */
        String closeTitle(String monthLabel, String projectName);

        /** Shown instead of the summary of an issue the reader may not browse. */
        String restricted();

        /** A top-up a decision maker chose through a decision link, e.g. "3rd level: +2h on 12 Dec 2026 by Petra". */
        String customerTopUp(String levelLabel, String duration, String date, String decisionMaker);

        /** A suspension a decision maker chose through a decision link; {@code levelLabel} null for all levels. */
        String customerSuspension(String levelLabel, String date, String decisionMaker);

        /** The decision maker's note after a decision. */
        String note(String note);

        /** A change-request line's name in summaries and adjustments, e.g. "Change request ACME-7, 2nd level". */
        String changeRequestLine(String issueKey, String levelLabel);

        /** Who approved the estimate in force and when, e.g. "12 Mar 2026, 10:00, Dana (through a decision link)". */
        String changeRequestApproval(String date, String decidedBy, boolean viaLink);

        /** Shown instead of the approval when a rejected revision ended it. */
        String changeRequestEnded();
    }

    /**
     * @param mayManage what the access policy answered for the reader and the project (may close months)
     * @param now the host's time, to tell whether the month has ended
     * @param jiraBaseUrl Jira's base URL for links to issues ({@code /browse/KEY} is appended), e.g. its context
     *        path {@code /jira}, or empty when Jira runs at the server's root
     */
    public static BillingReportModel of(BillingReportView view, String projectKey, String projectName,
            DisplayFormat format, Labels labels, boolean mayManage, Instant now, String jiraBaseUrl) {
        Objects.requireNonNull(view, "view");
        Objects.requireNonNull(now, "now");
        String base = jiraBaseUrl == null ? "" : jiraBaseUrl.replaceAll("/+$", "");
        boolean closable = mayManage && !view.closed() && view.nextToClose() && view.month().hasEndedAt(now);
        MonthResult result = view.result();
        List<ReportLevelRow> levels = new ArrayList<>();
        long totalBilled = 0;
        for (MonthResult.LevelLine line : result.levels()) {
            List<ReportTicketRow> tickets = new ArrayList<>();
            for (MonthResult.TicketLine ticket : line.tickets()) {
                IssueInfo issue = view.issue(ticket.issueId()).orElse(null);
                Figures f = ticket.figures();
                boolean restricted = issue != null && !issue.browsable();
                tickets.add(new ReportTicketRow(issue == null ? "#" + ticket.issueId() : issue.key(),
                        issue == null ? "" : restricted ? labels.restricted() : issue.summary(), restricted,
                        format.duration(f.inContingentMinutes()),
                        format.duration(f.overageMinutes()), format.duration(f.suspendedMinutes()),
                        format.duration(f.billedMinutes()), format.money(f.amount()),
                        issue == null || restricted ? null : issueUrl(base, issue.key())));
            }
            Figures f = line.figures();
            totalBilled += f.billedMinutes();
            levels.add(new ReportLevelRow(line.level().key(), labels.level(line.level()),
                    format.duration(line.baseMinutes()), format.duration(line.topUpMinutes()),
                    format.duration(line.carryInMinutes()), format.duration(line.availableMinutes()),
                    format.duration(line.usedMinutes()), format.duration(f.inContingentMinutes()),
                    format.duration(f.overageMinutes()), format.duration(f.suspendedMinutes()),
                    format.duration(f.billedMinutes()), format.money(line.hourlyRate()), format.money(f.amount()),
                    format.duration(line.carryOutMinutes()), tickets));
        }
        List<ReportAdjustmentRow> adjustments = new ArrayList<>();
        for (Adjustment adjustment : view.adjustments()) {
            for (SupportLevel level : SupportLevel.values()) {
                Figures f = adjustment.level(level);
                if (!f.isZero()) {
                    adjustments.add(new ReportAdjustmentRow(format.month(adjustment.closedMonth()),
                            labels.level(level), format.duration(f.billedMinutes()), format.money(f.amount())));
                }
            }
        }
        List<String> customerDecisions = new ArrayList<>();
        for (TopUp topUp : view.topUps()) {
            LinkDecider.nameOf(topUp.grantedBy()).ifPresent(name -> customerDecisions.add(withNote(labels,
                    labels.customerTopUp(labels.level(topUp.level()), format.duration(topUp.minutes().toLong()),
                            format.dateTime(topUp.grantedAt()), name), topUp.reason())));
        }
        for (Suspension suspension : view.suspensions()) {
            LinkDecider.nameOf(suspension.suspendedBy()).ifPresent(name -> customerDecisions.add(withNote(labels,
                    labels.customerSuspension(suspension.level() == null ? null : labels.level(suspension.level()),
                            format.dateTime(suspension.from()), name), suspension.reason())));
        }
        for (Adjustment adjustment : view.adjustments()) {
            for (MonthResult.ChangeRequestLine line : adjustment.changeRequests()) {
                adjustments.add(new ReportAdjustmentRow(format.month(adjustment.closedMonth()),
                        labels.changeRequestLine(key(view, line.issueId()), labels.level(line.level())),
                        format.duration(line.minutes()), format.money(line.amount())));
            }
        }
        List<ReportChangeRequestRow> changeRequests = new ArrayList<>();
        long changeRequestMinutes = 0;
        for (ChangeRequestReport c : view.changeRequests()) {
            changeRequests.add(changeRequestRow(c, view, format, labels, base));
            changeRequestMinutes += c.minutesThisMonth();
        }
        String monthLabel = format.month(view.month().yearMonth());
        return new BillingReportModel(projectKey, projectName, view.month().yearMonth().toString(), monthLabel,
                labels.title(projectName, monthLabel), labels.closeTitle(monthLabel, projectName), view.closed(),
                closable, levels, adjustments,
                format.duration(totalBilled), format.money(result.totalAmount()), format.money(view.adjustmentsTotal()),
                format.money(view.invoiceTotal()), labels.overagePolicy(result.overagePolicy().name()),
                customerDecisions, changeRequests, format.duration(changeRequestMinutes),
                format.money(view.changeRequestsTotal()));
    }

    private static String key(BillingReportView view, long issueId) {
        return view.issue(issueId).map(IssueInfo::key).orElse("#" + issueId);
    }

    private static ReportChangeRequestRow changeRequestRow(ChangeRequestReport c, BillingReportView view,
            DisplayFormat format, Labels labels, String base) {
        IssueInfo issue = view.issue(c.issueId()).orElse(null);
        boolean restricted = issue != null && !issue.browsable();
        ChangeRequest.Round approved = c.approved().orElse(null);
        List<String> work = new ArrayList<>();
        for (MonthResult.ChangeRequestLine line : c.lines()) {
            work.add(labels.level(line.level()) + " " + format.duration(line.minutes()));
        }
        return new ReportChangeRequestRow(key(view, c.issueId()),
                issue == null ? "" : restricted ? labels.restricted() : issue.summary(), restricted,
                issue == null || restricted ? null : issueUrl(base, issue.key()),
                approved == null ? "" : format.duration(approved.estimate().minutes().toLong()),
                approved == null ? labels.changeRequestEnded()
                        : labels.changeRequestApproval(format.dateTime(approved.decision().at()),
                                approved.decision().by(), approved.decision().viaLink()),
                String.join(", ", work), format.duration(c.minutesThisMonth()),
                format.duration(c.totalMinutesToDate()), c.percentOfEstimate().map(p -> p + " %").orElse(""),
                format.money(c.amount(view.contract().currency())));
    }

    private static String withNote(Labels labels, String decision, String note) {
        return note == null || note.isBlank() ? decision : decision + " " + labels.note(note);
    }

    /** Jira's issue page: {@code <base>/browse/KEY}, the key encoded as one path segment. */
    static String issueUrl(String base, String issueKey) {
        return base + "/browse/" + URLEncoder.encode(issueKey, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
