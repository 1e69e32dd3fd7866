package de.tieredsupport.contingent.ao.entity;

import net.java.ao.RawEntity;

/** Every entity of the plugin, in the order the descriptor's {@code <ao>} module lists them. */
public final class Entities {

    @SuppressWarnings("unchecked")
    private static final Class<? extends RawEntity<?>>[] ALL = new Class[] {
        ContractTermsEntity.class,
        BookingEntity.class,
        LevelTotalEntity.class,
        TopUpEntity.class,
        SuspensionEntity.class,
        FiredAlertEntity.class,
        MonthCloseEntity.class,
        AuditEntryEntity.class,
        ChangedMonthEntity.class,
        IdempotencyKeyEntity.class,
        TicketTotalEntity.class,
        ReconciliationCursorEntity.class,
        DecisionLinkEntity.class,
        ChangeRequestRoundEntity.class,
        ChangeRequestLinkEntity.class,
    };

    private Entities() {
    }

    /** A fresh array, ready for {@code migrate(...)}. */
    public static Class<? extends RawEntity<?>>[] all() {
        return ALL.clone();
    }
}
