package de.tieredsupport.contingent.wiring;

import java.security.SecureRandom;
import java.time.Clock;

import de.tieredsupport.contingent.service.AccessPolicy;
import de.tieredsupport.contingent.service.AuditTrail;
import de.tieredsupport.contingent.service.BillingReport;
import de.tieredsupport.contingent.service.ChangeRequestCategory;
import de.tieredsupport.contingent.service.ChangeRequests;
import de.tieredsupport.contingent.service.CloseMonth;
import de.tieredsupport.contingent.service.ConfigureContract;
import de.tieredsupport.contingent.service.HolidayAwareContracts;
import de.tieredsupport.contingent.service.ContingentLedger;
import de.tieredsupport.contingent.service.CorrectLevel;
import de.tieredsupport.contingent.service.CustomerDecisions;
import de.tieredsupport.contingent.service.DecisionLinks;
import de.tieredsupport.contingent.service.GetStatus;
import de.tieredsupport.contingent.service.IdempotentWrites;
import de.tieredsupport.contingent.service.ListBookings;
import de.tieredsupport.contingent.service.ListStatuses;
import de.tieredsupport.contingent.service.ReconcileWorklogs;
import de.tieredsupport.contingent.service.RecordWorklogChange;
import de.tieredsupport.contingent.service.UseCases;
import de.tieredsupport.contingent.service.ViewContract;
import de.tieredsupport.contingent.service.port.AlertSender;
import de.tieredsupport.contingent.service.port.AlertStore;
import de.tieredsupport.contingent.service.port.AuditLog;
import de.tieredsupport.contingent.service.port.BookingStore;
import de.tieredsupport.contingent.service.port.ChangeRequestLinkStore;
import de.tieredsupport.contingent.service.port.ChangeRequestMailer;
import de.tieredsupport.contingent.service.port.ChangeRequestNotifier;
import de.tieredsupport.contingent.service.port.ChangeRequestStore;
import de.tieredsupport.contingent.service.port.ClusterLock;
import de.tieredsupport.contingent.service.port.ContractStore;
import de.tieredsupport.contingent.service.port.IdempotencyStore;
import de.tieredsupport.contingent.service.port.IssueCategories;
import de.tieredsupport.contingent.service.port.IssueInfoLookup;
import de.tieredsupport.contingent.service.port.IssueLevelLookup;
import de.tieredsupport.contingent.service.port.MonthCloseStore;
import de.tieredsupport.contingent.service.port.ReconciliationCursor;
import de.tieredsupport.contingent.service.port.SuspensionStore;
import de.tieredsupport.contingent.service.port.DecisionLinkStore;
import de.tieredsupport.contingent.service.port.DecisionMailer;
import de.tieredsupport.contingent.service.port.HolidayCalendars;
import de.tieredsupport.contingent.service.port.TopUpStore;
import de.tieredsupport.contingent.service.port.TotalsStore;
import de.tieredsupport.contingent.service.port.Transactions;
import de.tieredsupport.contingent.service.port.UserDirectory;
import de.tieredsupport.contingent.service.port.UserRights;

import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The composition root: the use cases, wired once to the plugin's adapters. The service layer carries no framework
 * annotations, so this is the one place that builds it; listeners, the job, REST resources and screens receive it
 * as {@link UseCases} and never see this class or each other.
 */
@Named
public final class PluginServices implements UseCases {

    private final RecordWorklogChange recordWorklogChange;
    private final ConfigureContract configureContract;
    private final CustomerDecisions customerDecisions;
    private final DecisionLinks decisionLinks;
    private final CorrectLevel correctLevel;
    private final GetStatus getStatus;
    private final ListStatuses listStatuses;
    private final BillingReport billingReport;
    private final ListBookings listBookings;
    private final CloseMonth closeMonth;
    private final ReconcileWorklogs reconcileWorklogs;
    private final AccessPolicy accessPolicy;
    private final ViewContract viewContract;
    private final AuditTrail auditTrail;
    private final IdempotentWrites idempotentWrites;
    private final ChangeRequestCategory changeRequestCategory;
    private final HolidayCalendars holidayCalendars;
    private final ChangeRequests changeRequests;

    @Inject
    public PluginServices(ContractStore contracts, BookingStore bookings, TotalsStore totals, TopUpStore topUps,
            SuspensionStore suspensions, AlertStore alerts, MonthCloseStore closes, AuditLog audit,
            ClusterLock lock, Transactions transactions, UserRights rights, IssueLevelLookup levels,
            IssueInfoLookup issues, AlertSender sender, IdempotencyStore requestKeys, UserDirectory users,
            IssueCategories categories, ReconciliationCursor reconciliationCursor, DecisionLinkStore decisionLinks,
            DecisionMailer decisionMailer, ChangeRequestStore changeRequests,
            ChangeRequestNotifier changeRequestNotifier, ChangeRequestLinkStore changeRequestLinks,
            ChangeRequestMailer changeRequestMailer, HolidayCalendars holidayCalendars) {
        this(Clock.systemUTC(), contracts, bookings, totals, topUps, suspensions, alerts, closes, audit, lock,
                transactions, rights, levels, issues, sender, requestKeys, users, categories, reconciliationCursor,
                decisionLinks, decisionMailer, changeRequests, changeRequestNotifier, changeRequestLinks,
                changeRequestMailer, holidayCalendars);
    }

    /** The same wiring on another clock, for hosts that control time (tests, the sandbox). */
    public PluginServices(Clock clock, ContractStore contracts, BookingStore bookings, TotalsStore totals,
            TopUpStore topUps, SuspensionStore suspensions, AlertStore alerts, MonthCloseStore closes,
            AuditLog audit, ClusterLock lock, Transactions transactions, UserRights rights,
            IssueLevelLookup levels, IssueInfoLookup issues, AlertSender sender, IdempotencyStore requestKeys,
            UserDirectory users, IssueCategories categories, ReconciliationCursor reconciliationCursor,
            DecisionLinkStore decisionLinkStore, DecisionMailer decisionMailer, ChangeRequestStore changeRequests,
            ChangeRequestNotifier changeRequestNotifier, ChangeRequestLinkStore changeRequestLinks,
            ChangeRequestMailer changeRequestMailer, HolidayCalendars holidayCalendars) {
        this.holidayCalendars = holidayCalendars;
        // contracts answer public holidays from the holiday library, so the forecast counts service days only
        contracts = new HolidayAwareContracts(contracts, holidayCalendars);
        ContingentLedger ledger = new ContingentLedger(contracts, bookings, totals, topUps, suspensions, alerts,
                closes, changeRequests, lock, transactions, clock);
        accessPolicy = new AccessPolicy(rights);
        customerDecisions = new CustomerDecisions(ledger, accessPolicy, audit, decisionLinkStore, sender);
        decisionLinks = new DecisionLinks(customerDecisions, decisionLinkStore, decisionMailer, new SecureRandom());
        // an alert at the decision threshold also asks the decision makers, after the recipients got it
        AlertSender alertsAndDecisions = (alert, contract) -> {
            try {
                sender.send(alert, contract);
            } finally {
                decisionLinks.onAlert(alert, contract);
            }
        };
        recordWorklogChange = new RecordWorklogChange(ledger, levels, alertsAndDecisions, changeRequestNotifier);
        reconcileWorklogs = new ReconcileWorklogs(ledger, reconciliationCursor);
        configureContract = new ConfigureContract(ledger, accessPolicy, audit, holidayCalendars,
                reconcileWorklogs::readAgainFor);
        correctLevel = new CorrectLevel(ledger, accessPolicy, audit, alertsAndDecisions);
        getStatus = new GetStatus(ledger, accessPolicy);
        listStatuses = new ListStatuses(ledger, accessPolicy);
        billingReport = new BillingReport(ledger, accessPolicy, issues);
        listBookings = new ListBookings(ledger, accessPolicy, issues);
        closeMonth = new CloseMonth(ledger, accessPolicy, audit);
        viewContract = new ViewContract(ledger, accessPolicy);
        auditTrail = new AuditTrail(accessPolicy, audit, contracts, users);
        idempotentWrites = new IdempotentWrites(ledger, requestKeys);
        changeRequestCategory = new ChangeRequestCategory(accessPolicy, categories, audit, clock, ledger);
        this.changeRequests = new ChangeRequests(ledger, accessPolicy, categories, audit, changeRequestLinks,
                changeRequestMailer, alertsAndDecisions, new SecureRandom());
    }

    @Override
    public RecordWorklogChange recordWorklogChange() {
        return recordWorklogChange;
    }

    @Override
    public ConfigureContract configureContract() {
        return configureContract;
    }

    @Override
    public CustomerDecisions customerDecisions() {
        return customerDecisions;
    }

    @Override
    public DecisionLinks decisionLinks() {
        return decisionLinks;
    }

    @Override
    public CorrectLevel correctLevel() {
        return correctLevel;
    }

    @Override
    public GetStatus getStatus() {
        return getStatus;
    }

    @Override
    public ListStatuses listStatuses() {
        return listStatuses;
    }

    @Override
    public BillingReport billingReport() {
        return billingReport;
    }

    @Override
    public ListBookings listBookings() {
        return listBookings;
    }

    @Override
    public CloseMonth closeMonth() {
        return closeMonth;
    }

    @Override
    public ReconcileWorklogs reconcileWorklogs() {
        return reconcileWorklogs;
    }

    @Override
    public AccessPolicy accessPolicy() {
        return accessPolicy;
    }

    @Override
    public ViewContract viewContract() {
        return viewContract;
    }

    @Override
    public AuditTrail auditTrail() {
        return auditTrail;
    }

    @Override
    public IdempotentWrites idempotentWrites() {
        return idempotentWrites;
    }

    @Override
    public ChangeRequestCategory changeRequestCategory() {
        return changeRequestCategory;
    }

    @Override
    public HolidayCalendars holidayCalendars() {
        return holidayCalendars;
    }

    @Override
    public ChangeRequests changeRequests() {
        return changeRequests;
    }
}
