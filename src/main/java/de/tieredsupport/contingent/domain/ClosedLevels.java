package de.tieredsupport.contingent.domain;

import java.time.YearMonth;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * What later months and the status need of a closed month, per level: the minutes carried in, available and carried
 * out. A few numbers instead of the frozen snapshot with every ticket, so that status and recording cost the same
 * however large a closed month was.
 */
public record ClosedLevels(long projectId, YearMonth month, Map<SupportLevel, Level> levels) {

    /** One level of a closed month, in minutes. */
    public record Level(Minutes carryInMinutes, Minutes availableMinutes, Minutes carryOutMinutes) {
        public Level {
            Objects.requireNonNull(carryInMinutes, "carryInMinutes");
            Objects.requireNonNull(availableMinutes, "availableMinutes");
            Objects.requireNonNull(carryOutMinutes, "carryOutMinutes");
            if (carryInMinutes.isNegative() || availableMinutes.isNegative() || carryOutMinutes.isNegative()) {
                throw new IllegalArgumentException("Minutes must not be negative: " + carryInMinutes + ", "
                        + availableMinutes + ", " + carryOutMinutes);
            }
        }
    }

    public ClosedLevels {
        Objects.requireNonNull(month, "month");
        EnumMap<SupportLevel, Level> copy = new EnumMap<>(SupportLevel.class);
        copy.putAll(levels);
        for (SupportLevel level : SupportLevel.values()) {
            if (!copy.containsKey(level)) {
                throw new IllegalArgumentException("Closed month " + month + " lacks level " + level);
            }
        }
        levels = Map.copyOf(copy);
    }

    /** The levels of a close's frozen result. */
    public static ClosedLevels of(MonthClose close) {
        Map<SupportLevel, Level> levels = new EnumMap<>(SupportLevel.class);
        for (MonthResult.LevelLine line : close.result().levels()) {
            levels.put(line.level(), new Level(Minutes.of(line.carryInMinutes()), Minutes.of(line.availableMinutes()),
                    Minutes.of(line.carryOutMinutes())));
        }
        return new ClosedLevels(close.projectId(), close.month(), levels);
    }

    public Level level(SupportLevel level) {
        return levels.get(level);
    }
}
