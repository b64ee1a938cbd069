package vn.ungcuu.unit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.ungcuu.clock.TimeSource;
import vn.ungcuu.config.UngCuuConfig;
import vn.ungcuu.persistence.SqlValues;
import vn.ungcuu.problem.ApiException;
import vn.ungcuu.problem.ProblemType;

/**
 * Reads the succession graph ({@link UnitMap}) and holds the one rule on filing: a unit that is not in force
 * today files nothing new. Nothing is cached: the table is small (a province's map is a few hundred rows) and
 * another instance may have changed it.
 */
@ApplicationScoped
public class UnitMaps {

    @Inject
    EntityManager em;

    @Inject
    TimeSource time;

    @Inject
    UngCuuConfig config;

    @Inject
    UnitRepository units;

    /** Today in the district's zone ({@code ungcuu.time-zone}). */
    public LocalDate today() {
        return time.now().atZone(config.timeZone()).toLocalDate();
    }

    /** The map of today: the successions effective by today. */
    public UnitMap current() {
        return new UnitMap(links(today()));
    }

    /** Every recorded succession, effective or not yet. */
    UnitMap recorded() {
        return new UnitMap(links(null));
    }

    /** The successions effective on the day (every one when null), in (predecessor, successor) order. */
    @SuppressWarnings("unchecked")
    List<SuccessionLink> links(LocalDate day) {
        String sql = "SELECT predecessor_code, successor_code, effective_at, note FROM unit_succession"
                + (day == null ? "" : " WHERE effective_at <= ?1") + " ORDER BY predecessor_code, successor_code";
        var query = em.createNativeQuery(sql);
        if (day != null) {
            query.setParameter(1, day);
        }
        List<SuccessionLink> links = new ArrayList<>();
        for (Object[] row : (List<Object[]>) query.getResultList()) {
            links.add(new SuccessionLink((String) row[0], (String) row[1], SqlValues.localDate(row[2]),
                    (String) row[3]));
        }
        return links;
    }

    /**
     * An ended unit (validTo on or before today) or one not yet in force files nothing new: 409, naming the units
     * that succeeded it so that the caller files there instead.
     */
    public void requireInForce(Unit unit) {
        LocalDate today = today();
        if (unit.inForceOn(today)) {
            return;
        }
        if (unit.validFrom != null && today.isBefore(unit.validFrom)) {
            throw new ApiException(ProblemType.CONFLICT, "Unit " + unit.code + " (" + unit.name + ") exists only from "
                    + unit.validFrom + " and files no incidents before then");
        }
        List<String> successors = current().successorsOf(unit.code);
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("successorCodes", successors);
        StringBuilder detail = new StringBuilder("Unit " + unit.code + " (" + unit.name + ") ended on " + unit.validTo
                + " and files no new incidents");
        if (successors.isEmpty()) {
            detail.append("; it has no successor: ask an administrator which unit carries on its work");
        } else {
            List<String> named = successors.stream().map(code -> {
                Unit successor = units.findById(code);
                return successor == null ? code : code + " (" + successor.name + ")";
            }).toList();
            detail.append(": file them under ").append(successors.size() == 1 ? "its successor " : "one of its successors ")
                    .append(String.join(", ", named));
        }
        throw new ApiException(ProblemType.CONFLICT, detail.toString(), List.of(), extensions);
    }
}
