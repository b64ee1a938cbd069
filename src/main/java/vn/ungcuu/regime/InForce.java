package vn.ungcuu.regime;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The deploying body's dates in force ({@code ungcuu.regimes.in-force}: {@code id=from/to}, the end
 * exclusive and empty when open), which override a file's without rewriting the stored rules.
 */
record InForce(Map<String, LocalDate[]> dates) {

    static InForce parse(List<String> settings) {
        Map<String, LocalDate[]> dates = new HashMap<>();
        for (String setting : settings) {
            int equals = setting.indexOf('=');
            int slash = setting.indexOf('/', equals + 1);
            if (equals < 1 || slash < 0) {
                throw invalid(setting, "write id=from/to, e.g. vn-2026=2026-07-01/");
            }
            try {
                LocalDate from = LocalDate.parse(setting.substring(equals + 1, slash).trim());
                String end = setting.substring(slash + 1).trim();
                LocalDate to = end.isEmpty() ? null : LocalDate.parse(end);
                if (to != null && !to.isAfter(from)) {
                    throw invalid(setting, "the end must be after the start");
                }
                dates.put(setting.substring(0, equals).trim(), new LocalDate[] {from, to});
            } catch (DateTimeParseException e) {
                throw invalid(setting, "dates are YYYY-MM-DD");
            }
        }
        return new InForce(dates);
    }

    void requireKnown(List<String> ids) {
        dates.keySet().stream().filter(id -> !ids.contains(id)).findFirst().ifPresent(id -> {
            throw invalid(id, "no stored regime has this id; known: " + ids);
        });
    }

    Regime applyTo(Regime regime) {
        LocalDate[] override = dates.get(regime.id());
        if (override == null) {
            return regime;
        }
        return new Regime(regime.id(), regime.version(), regime.title(), override[0], override[1], regime.note(),
                regime.legalBasis(), regime.classification(), regime.reportKinds(), regime.obligations(),
                regime.personalDataRetention());
    }

    private static IllegalStateException invalid(String setting, String why) {
        return new IllegalStateException("ungcuu.regimes.in-force: " + setting + ": " + why);
    }
}
