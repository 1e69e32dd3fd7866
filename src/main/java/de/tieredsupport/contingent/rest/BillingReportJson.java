package de.tieredsupport.contingent.rest;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;

import com.atlassian.jira.project.Project;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.type.WritableTypeId;
import com.fasterxml.jackson.databind.JsonSerializable;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;

import de.tieredsupport.contingent.domain.Adjustment;
import de.tieredsupport.contingent.domain.ChangeRequest;
import de.tieredsupport.contingent.domain.Figures;
import de.tieredsupport.contingent.domain.MonthResult;
import de.tieredsupport.contingent.domain.SupportLevel;
import de.tieredsupport.contingent.service.BillingReportView;
import de.tieredsupport.contingent.service.ChangeRequestReport;
import de.tieredsupport.contingent.service.port.IssueInfo;

/**
 * The billing report of a contract month: per level the contingent (base, top-ups, carry-in), the figures and the
 * carry-out, with the per-ticket lines; the change requests billed outside the contingent; the adjustments of closed
 * months reported in it; the totals. Amounts are
 * decimal numbers with the currency's decimals.
 */
public record BillingReportJson(
        @JsonProperty("projectKey") String projectKey,
        @JsonProperty("projectName") String projectName,
        @JsonProperty("month") String month,
        @JsonProperty("zoneId") String zoneId,
        @JsonProperty("currency") String currency,
        @JsonProperty("overagePolicy") String overagePolicy,
        @JsonProperty("closed") boolean closed,
        @JsonProperty("closedBy") String closedBy,
        @JsonProperty("closedAt") String closedAt,
        @JsonProperty("levels") List<LevelLineJson> levels,
        @JsonProperty("changeRequests") List<ChangeRequestJson> changeRequests,
        @JsonProperty("adjustments") List<AdjustmentJson> adjustments,
        @JsonProperty("totals") TotalsJson totals) {

    /** Change-request work of one ticket at one level: rate x minutes / 60, rounded once (signed in adjustments). */
    public record ChangeRequestLineJson(
            @JsonProperty("issueId") long issueId,
            @JsonProperty("level") String level,
            @JsonProperty("hourlyRate") BigDecimal hourlyRate,
            @JsonProperty("minutes") long minutes,
            @JsonProperty("amount") BigDecimal amount) {

        static ChangeRequestLineJson of(MonthResult.ChangeRequestLine l) {
            return new ChangeRequestLineJson(l.issueId(), l.level().key(), l.hourlyRate().amount(), l.minutes(),
                    l.amount().amount());
        }
    }

    /**
     * One change request with work in the month, billed outside the contingent: the approved estimate in force
     * (null fields when a later rejection ended it), the month's lines per level, the work to date (every month up to
     * this one) and its share of the estimate. Scope and summary are null for an issue the caller may not browse.
     */
    public record ChangeRequestJson(
            @JsonProperty("issueId") long issueId,
            @JsonProperty("issueKey") String issueKey,
            @JsonProperty("summary") String summary,
            @JsonProperty("restricted") boolean restricted,
            @JsonProperty("state") String state,
            @JsonProperty("scope") String scope,
            @JsonProperty("estimateMinutes") Long estimateMinutes,
            @JsonProperty("estimateLevel") String estimateLevel,
            @JsonProperty("approvedAt") String approvedAt,
            @JsonProperty("approvedBy") String approvedBy,
            @JsonProperty("approvedViaLink") Boolean approvedViaLink,
            @JsonProperty("lines") List<ChangeRequestLineJson> lines,
            @JsonProperty("minutesThisMonth") long minutesThisMonth,
            @JsonProperty("minutesToDate") long minutesToDate,
            @JsonProperty("minutesToDateByLevel") java.util.Map<String, Long> minutesToDateByLevel,
            @JsonProperty("percentOfEstimate") Integer percentOfEstimate,
            @JsonProperty("amount") BigDecimal amount) {

        static ChangeRequestJson of(ChangeRequestReport c, BillingReportView view) {
            IssueInfo info = view.issue(c.issueId()).orElse(null);
            boolean restricted = info != null && !info.browsable();
            ChangeRequest.Round approved = c.approved().orElse(null);
            java.util.Map<String, Long> byLevel = new java.util.LinkedHashMap<>();
            c.minutesToDate().asMap().forEach((level, minutes) -> byLevel.put(level.key(), minutes));
            return new ChangeRequestJson(c.issueId(), info == null ? null : info.key(),
                    info == null || restricted ? null : info.summary(), restricted,
                    c.changeRequest().state().map(Enum::name).orElse(null),
                    approved == null || restricted ? null : approved.estimate().scope(),
                    approved == null ? null : (Long) approved.estimate().minutes().toLong(),
                    approved == null ? null : approved.estimate().level().key(),
                    approved == null ? null : approved.decision().at().toString(),
                    approved == null ? null : approved.decision().by(),
                    approved == null ? null : approved.decision().viaLink(),
                    c.lines().stream().map(ChangeRequestLineJson::of).toList(), c.minutesThisMonth(),
                    c.totalMinutesToDate(), byLevel, c.percentOfEstimate().orElse(null),
                    c.amount(view.contract().currency()).amount());
        }
    }

    /**
     * A JSON object the report has one of per ticket, so it is written field by field rather than through Jackson's
     * bean properties (reflection and boxing per field); the fields and their order are those of the record.
     */
    interface FieldByField extends JsonSerializable {

        void writeFields(JsonGenerator gen, SerializerProvider serializers) throws IOException;

        @Override
        default void serialize(JsonGenerator gen, SerializerProvider serializers) throws IOException {
            gen.writeStartObject(this);
            writeFields(gen, serializers);
            gen.writeEndObject();
        }

        @Override
        default void serializeWithType(JsonGenerator gen, SerializerProvider serializers, TypeSerializer typeSer)
                throws IOException {
            WritableTypeId typeId = typeSer.writeTypePrefix(gen, typeSer.typeId(this, JsonToken.START_OBJECT));
            writeFields(gen, serializers);
            typeSer.writeTypeSuffix(gen, typeId);
        }
    }

    /**
     * In-contingent, over the contingent, suspended (never billed), billed minutes and the amount. Written field by
     * field (one per ticket line): the fields and their order are those of the record.
     */
    public record FiguresJson(
            @JsonProperty("inContingentMinutes") long inContingentMinutes,
            @JsonProperty("overageMinutes") long overageMinutes,
            @JsonProperty("suspendedMinutes") long suspendedMinutes,
            @JsonProperty("billedMinutes") long billedMinutes,
            @JsonProperty("amount") BigDecimal amount) implements FieldByField {

        static FiguresJson of(Figures f) {
            return new FiguresJson(f.inContingentMinutes(), f.overageMinutes(), f.suspendedMinutes(),
                    f.billedMinutes(), f.amount().amount());
        }

        @Override
        public void writeFields(JsonGenerator gen, SerializerProvider serializers) throws IOException {
            gen.writeNumberField("inContingentMinutes", inContingentMinutes);
            gen.writeNumberField("overageMinutes", overageMinutes);
            gen.writeNumberField("suspendedMinutes", suspendedMinutes);
            gen.writeNumberField("billedMinutes", billedMinutes);
            gen.writeFieldName("amount");
            if (amount == null) {
                gen.writeNull();
            } else {
                gen.writeNumber(amount);
            }
        }
    }

    /**
     * One ticket in one level; key and summary are null if the issue no longer exists; for an issue the caller may
     * not browse {@code restricted} is true and the summary null. A report has one per ticket, so it is written field
     * by field rather than through Jackson's bean properties: the fields and their order are those of the record.
     */
    public record TicketLineJson(
            @JsonProperty("issueId") long issueId,
            @JsonProperty("issueKey") String issueKey,
            @JsonProperty("summary") String summary,
            @JsonProperty("restricted") boolean restricted,
            @JsonProperty("level") String level,
            @JsonProperty("figures") FiguresJson figures) implements FieldByField {

        static TicketLineJson of(MonthResult.TicketLine t, BillingReportView view) {
            IssueInfo info = view.issue(t.issueId()).orElse(null);
            boolean restricted = info != null && !info.browsable();
            return new TicketLineJson(t.issueId(), info == null ? null : info.key(),
                    info == null || restricted ? null : info.summary(), restricted, t.level().key(),
                    FiguresJson.of(t.figures()));
        }

        @Override
        public void writeFields(JsonGenerator gen, SerializerProvider serializers) throws IOException {
            gen.writeNumberField("issueId", issueId);
            gen.writeStringField("issueKey", issueKey);
            gen.writeStringField("summary", summary);
            gen.writeBooleanField("restricted", restricted);
            gen.writeStringField("level", level);
            gen.writeFieldName("figures");
            if (figures == null) {
                gen.writeNull();
            } else {
                figures.serialize(gen, serializers);
            }
        }
    }

    public record LevelLineJson(
            @JsonProperty("level") String level,
            @JsonProperty("hourlyRate") BigDecimal hourlyRate,
            @JsonProperty("baseMinutes") long baseMinutes,
            @JsonProperty("topUpMinutes") long topUpMinutes,
            @JsonProperty("carryInMinutes") long carryInMinutes,
            @JsonProperty("availableMinutes") long availableMinutes,
            @JsonProperty("figures") FiguresJson figures,
            @JsonProperty("carryOutMinutes") long carryOutMinutes,
            @JsonProperty("tickets") List<TicketLineJson> tickets) {

        static LevelLineJson of(MonthResult.LevelLine l, BillingReportView view) {
            return new LevelLineJson(l.level().key(), l.hourlyRate().amount(), l.baseMinutes(), l.topUpMinutes(),
                    l.carryInMinutes(), l.availableMinutes(), FiguresJson.of(l.figures()), l.carryOutMinutes(),
                    l.tickets().stream().map(t -> TicketLineJson.of(t, view)).toList());
        }
    }

    /** Signed corrections of a closed month, per level and per ticket. */
    public record AdjustmentJson(
            @JsonProperty("closedMonth") String closedMonth,
            @JsonProperty("amount") BigDecimal amount,
            @JsonProperty("levels") List<AdjustmentLevelJson> levels,
            @JsonProperty("tickets") List<TicketLineJson> tickets,
            @JsonProperty("changeRequests") List<ChangeRequestLineJson> changeRequests) {

        static AdjustmentJson of(Adjustment a, BillingReportView view) {
            List<AdjustmentLevelJson> levels = java.util.Arrays.stream(SupportLevel.values())
                    .map(l -> new AdjustmentLevelJson(l.key(), FiguresJson.of(a.level(l)))).toList();
            return new AdjustmentJson(a.closedMonth().toString(), a.totalAmount().amount(), levels,
                    a.tickets().stream().map(t -> TicketLineJson.of(t, view)).toList(),
                    a.changeRequests().stream().map(ChangeRequestLineJson::of).toList());
        }
    }

    public record AdjustmentLevelJson(
            @JsonProperty("level") String level,
            @JsonProperty("figures") FiguresJson figures) {
    }

    /**
     * The month's billed minutes and amount (level lines and change-request lines), the change-request part of it,
     * the adjustments' sum, and what this report invoices.
     */
    public record TotalsJson(
            @JsonProperty("billedMinutes") long billedMinutes,
            @JsonProperty("amount") BigDecimal amount,
            @JsonProperty("changeRequestsAmount") BigDecimal changeRequestsAmount,
            @JsonProperty("adjustmentsAmount") BigDecimal adjustmentsAmount,
            @JsonProperty("invoiceAmount") BigDecimal invoiceAmount) {
    }

    static BillingReportJson of(Project project, BillingReportView view) {
        MonthResult result = view.result();
        return new BillingReportJson(project.getKey(), project.getName(), view.month().yearMonth().toString(),
                view.month().zone().getId(), result.currency().getCurrencyCode(), result.overagePolicy().name(),
                view.closed(), view.closed() ? view.close().closedBy() : null,
                view.closed() ? view.close().closedAt().toString() : null,
                result.levels().stream().map(l -> LevelLineJson.of(l, view)).toList(),
                view.changeRequests().stream().map(c -> ChangeRequestJson.of(c, view)).toList(),
                view.adjustments().stream().map(a -> AdjustmentJson.of(a, view)).toList(),
                new TotalsJson(result.totalBilledMinutes(), result.totalAmount().amount(),
                        view.changeRequestsTotal().amount(),
                        view.adjustmentsTotal().amount(), view.invoiceTotal().amount()));
    }
}
