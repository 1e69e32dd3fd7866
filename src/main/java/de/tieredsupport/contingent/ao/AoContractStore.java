package de.tieredsupport.contingent.ao;

import static de.tieredsupport.contingent.ao.AoValues.level;
import static de.tieredsupport.contingent.ao.AoValues.month;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;

import de.tieredsupport.contingent.ao.entity.ContractTermsEntity;
import de.tieredsupport.contingent.domain.CarryOverPolicy;
import de.tieredsupport.contingent.domain.Contract;
import de.tieredsupport.contingent.domain.DecisionMaker;
import de.tieredsupport.contingent.domain.HolidayCalendar;
import de.tieredsupport.contingent.domain.LevelMinutes;
import de.tieredsupport.contingent.domain.LevelTerms;
import de.tieredsupport.contingent.domain.Minutes;
import de.tieredsupport.contingent.domain.ServiceHours;
import de.tieredsupport.contingent.domain.Money;
import de.tieredsupport.contingent.domain.OveragePolicy;
import de.tieredsupport.contingent.domain.RoundingPolicy;
import de.tieredsupport.contingent.domain.SupportLevel;
import de.tieredsupport.contingent.domain.Terms;
import de.tieredsupport.contingent.service.port.ContractStore;

import jakarta.inject.Inject;
import jakarta.inject.Named;

import net.java.ao.Query;

/**
 * Contracts as their versions of terms, one row per (project, effective month) in
 * {@code AO_59A0F7_CONTRACT_TERMS}. Rates are stored as plain decimal strings so no digit is lost.
 */
@Named
public final class AoContractStore implements ContractStore {

    private final ActiveObjects ao;

    @Inject
    public AoContractStore(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public Optional<Contract> find(long projectId) {
        List<Contract> found = group(ao.find(ContractTermsEntity.class,
                Query.select().where("PROJECT_ID = ?", projectId).order("EFFECTIVE_MONTH")));
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    @Override
    public List<Contract> findAll() {
        return group(ao.find(ContractTermsEntity.class, Query.select().order("PROJECT_ID, EFFECTIVE_MONTH")));
    }

    @Override
    public void save(Contract contract) {
        Map<Integer, ContractTermsEntity> existing = new LinkedHashMap<>();
        for (ContractTermsEntity row : ao.find(ContractTermsEntity.class,
                Query.select().where("PROJECT_ID = ?", contract.projectId()))) {
            existing.put(row.getEffectiveMonth(), row);
        }
        for (Terms terms : contract.versions()) {
            ContractTermsEntity row = existing.get(month(terms.effectiveMonth()));
            if (row == null) {
                row = ao.create(ContractTermsEntity.class, Map.of(
                        "PROJECT_ID", contract.projectId(),
                        "EFFECTIVE_MONTH", month(terms.effectiveMonth())));
            }
            write(row, contract, terms);
            row.save();
        }
    }

    private static void write(ContractTermsEntity row, Contract contract, Terms terms) {
        row.setCurrency(contract.currency().getCurrencyCode());
        row.setTimeZone(contract.zone().getId());
        row.setRoundingMinutes(terms.rounding().incrementMinutes());
        row.setRoundingMode(terms.rounding().mode().name());
        row.setThresholds(terms.thresholds().stream().map(String::valueOf).collect(Collectors.joining(",")));
        row.setRecipients(String.join("\n", terms.recipients()));
        row.setDecisionMakers(terms.decisionMakers().stream()
                .map(m -> m.language() + "\t" + m.email() + "\t" + m.name()).collect(Collectors.joining("\n")));
        row.setDecisionThreshold(terms.decisionThreshold() == null ? null : terms.decisionThreshold().toString());
        row.setServiceHours(terms.serviceHours().encode());
        row.setHolidayCalendar(terms.holidays().map(HolidayCalendar::code).orElse(null));
        row.setCarryPolicy(terms.carryOver().kind().name());
        row.setOveragePolicy(terms.overage().name());
        row.setDefaultLevel(terms.defaultLevel().key());
        row.setL1Minutes(terms.contingentMinutes(SupportLevel.L1).toLong());
        row.setL1Rate(terms.hourlyRate(SupportLevel.L1).amount().toPlainString());
        row.setL1CarryCap(terms.carryOver().capFor(SupportLevel.L1).toLong());
        row.setL2Minutes(terms.contingentMinutes(SupportLevel.L2).toLong());
        row.setL2Rate(terms.hourlyRate(SupportLevel.L2).amount().toPlainString());
        row.setL2CarryCap(terms.carryOver().capFor(SupportLevel.L2).toLong());
        row.setL3Minutes(terms.contingentMinutes(SupportLevel.L3).toLong());
        row.setL3Rate(terms.hourlyRate(SupportLevel.L3).amount().toPlainString());
        row.setL3CarryCap(terms.carryOver().capFor(SupportLevel.L3).toLong());
    }

    private static List<Contract> group(ContractTermsEntity[] rows) {
        Map<Long, List<ContractTermsEntity>> byProject = Arrays.stream(rows)
                .collect(Collectors.groupingBy(ContractTermsEntity::getProjectId, LinkedHashMap::new, Collectors.toList()));
        List<Contract> contracts = new ArrayList<>();
        byProject.forEach((projectId, versions) -> {
            // Zone and currency belong to the contract; every row carries them, the newest row decides.
            ContractTermsEntity newest = versions.get(versions.size() - 1);
            Currency currency = Currency.getInstance(newest.getCurrency());
            List<Terms> terms = versions.stream().map(row -> toTerms(row, currency)).toList();
            contracts.add(Contract.of(projectId, ZoneId.of(newest.getTimeZone()), currency, terms));
        });
        return contracts;
    }

    private static Terms toTerms(ContractTermsEntity row, Currency currency) {
        Map<SupportLevel, LevelTerms> levels = new EnumMap<>(SupportLevel.class);
        levels.put(SupportLevel.L1, new LevelTerms(Minutes.of(row.getL1Minutes()), money(currency, row.getL1Rate())));
        levels.put(SupportLevel.L2, new LevelTerms(Minutes.of(row.getL2Minutes()), money(currency, row.getL2Rate())));
        levels.put(SupportLevel.L3, new LevelTerms(Minutes.of(row.getL3Minutes()), money(currency, row.getL3Rate())));
        CarryOverPolicy carryOver = CarryOverPolicy.Kind.valueOf(row.getCarryPolicy()) == CarryOverPolicy.Kind.NONE
                ? CarryOverPolicy.NONE
                : CarryOverPolicy.unusedUpTo(
                        LevelMinutes.of(row.getL1CarryCap(), row.getL2CarryCap(), row.getL3CarryCap()));
        List<Integer> thresholds = row.getThresholds().isEmpty() ? List.of()
                : Arrays.stream(row.getThresholds().split(",")).map(Integer::valueOf).toList();
        List<String> recipients = row.getRecipients() == null || row.getRecipients().isEmpty() ? List.of()
                : List.of(row.getRecipients().split("\n"));
        List<DecisionMaker> makers = new ArrayList<>();
        if (row.getDecisionMakers() != null && !row.getDecisionMakers().isEmpty()) {
            for (String line : row.getDecisionMakers().split("\n")) {
                String[] parts = line.split("\t", 3);
                makers.add(new DecisionMaker(parts[2], parts[1], parts[0]));
            }
        }
        Integer decisionThreshold = row.getDecisionThreshold() == null || row.getDecisionThreshold().isEmpty()
                ? null : Integer.valueOf(row.getDecisionThreshold());
        return new Terms(month(row.getEffectiveMonth()), levels,
                new RoundingPolicy(row.getRoundingMinutes(), RoundingPolicy.Mode.valueOf(row.getRoundingMode())),
                thresholds, recipients, carryOver, OveragePolicy.valueOf(row.getOveragePolicy()),
                level(row.getDefaultLevel()), makers, decisionThreshold, ServiceHours.decode(row.getServiceHours()),
                HolidayCalendar.decode(row.getHolidayCalendar()).orElse(null));
    }

    private static Money money(Currency currency, String amount) {
        return Money.of(currency, new BigDecimal(amount));
    }
}
