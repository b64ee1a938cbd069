package vn.ungcuu.unit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import vn.ungcuu.audit.AuditLog;
import vn.ungcuu.audit.Changes;
import vn.ungcuu.clock.TimeSource;
import vn.ungcuu.http.CsvReader;
import vn.ungcuu.problem.ApiException;
import vn.ungcuu.problem.FieldError;
import vn.ungcuu.problem.ProblemType;
import vn.ungcuu.security.CurrentUser;
import vn.ungcuu.unit.UnitImportResult.Line;
import vn.ungcuu.unit.UnitImportResult.Outcome;

/**
 * Loads a map in one go ({@code POST /units/import}): CSV or a JSON array of {@link UnitImportRow}. Every row is
 * checked against the units already registered and the other rows of the file (a parent or successor may come
 * later in the file), and every problem is named by line and field. A dry run answers what would happen and
 * writes nothing; a real import writes all of it in one transaction, or nothing when any line is refused.
 */
@ApplicationScoped
public class UnitImportService {

    public static final String CSV = "text/csv";
    /** More rows than a province has units, several times over. */
    static final int MAX_ROWS = 5000;
    static final String SUCCESSORS = "successorCodes";

    @Inject
    UnitRepository units;

    @Inject
    UnitMaps maps;

    @Inject
    SuccessionService successions;

    @Inject
    AuditLog audit;

    @Inject
    CurrentUser user;

    @Inject
    TimeSource time;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    /** A row as read: its line, the values given (a key absent: not given; text, or a list for successors). */
    record Raw(int line, Map<String, Object> values, List<FieldError> errors) {
    }

    // ------------------------------------------------------------------------------------------------ reading

    public List<Raw> read(byte[] body, boolean csv) {
        String text = utf8(body);
        List<Raw> rows = csv ? readCsv(text) : readJson(text);
        if (rows.isEmpty()) {
            throw ApiException.invalid("body", "holds no unit");
        }
        if (rows.size() > MAX_ROWS) {
            throw ApiException.invalid("body", "holds " + rows.size() + " units; at most " + MAX_ROWS + " at once");
        }
        return rows;
    }

    private static String utf8(byte[] body) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new ApiException(ProblemType.MALFORMED_REQUEST, "The body is not UTF-8 text");
        }
    }

    private static List<Raw> readCsv(String text) {
        List<CsvReader.Record> records;
        try {
            records = CsvReader.read(text);
        } catch (IllegalArgumentException e) {
            throw new ApiException(ProblemType.MALFORMED_REQUEST, "The CSV could not be read: " + e.getMessage());
        }
        if (records.isEmpty()) {
            throw ApiException.invalid("body", "holds no header row");
        }
        List<String> header = records.get(0).fields().stream().map(String::trim).toList();
        List<FieldError> headerErrors = new ArrayList<>();
        for (String column : header) {
            if (!UnitImportRow.COLUMNS.contains(column)) {
                headerErrors.add(new FieldError("header." + column, "unknown column; the columns are "
                        + String.join(",", UnitImportRow.COLUMNS)));
            } else if (header.indexOf(column) != header.lastIndexOf(column)) {
                headerErrors.add(new FieldError("header." + column, "appears twice"));
            }
        }
        for (String required : List.of("code", "name", "type")) {
            if (!header.contains(required)) {
                headerErrors.add(new FieldError("header." + required, "is a required column"));
            }
        }
        if (!headerErrors.isEmpty()) {
            throw ApiException.invalid(headerErrors.stream().distinct().toList());
        }
        List<Raw> rows = new ArrayList<>();
        for (CsvReader.Record record : records.subList(1, records.size())) {
            List<FieldError> errors = new ArrayList<>();
            Map<String, Object> values = new LinkedHashMap<>();
            if (record.fields().size() != header.size()) {
                errors.add(new FieldError("line", "has " + record.fields().size() + " fields, the header "
                        + header.size()));
            } else {
                for (int i = 0; i < header.size(); i++) {
                    String value = record.fields().get(i).trim();
                    if (header.get(i).equals(SUCCESSORS)) {
                        values.put(SUCCESSORS, value.isEmpty() ? null : List.of(value.split("\\s*;\\s*")));
                    } else {
                        values.put(header.get(i), value.isEmpty() ? null : value);
                    }
                }
            }
            rows.add(new Raw(record.line(), values, errors));
        }
        return rows;
    }

    private List<Raw> readJson(String text) {
        JsonNode array;
        try {
            array = json.readTree(text);
        } catch (IOException e) {
            throw new ApiException(ProblemType.MALFORMED_REQUEST, "The body is not valid JSON");
        }
        if (array == null || !array.isArray()) {
            throw ApiException.invalid("body", "must be a JSON array of units (or CSV with Content-Type: text/csv)");
        }
        List<Raw> rows = new ArrayList<>();
        int line = 0;
        for (JsonNode item : array) {
            line++;
            List<FieldError> errors = new ArrayList<>();
            Map<String, Object> values = new LinkedHashMap<>();
            if (!item.isObject()) {
                errors.add(new FieldError("line", "must be an object"));
            } else {
                item.properties().forEach(entry -> {
                    String key = entry.getKey();
                    JsonNode value = entry.getValue();
                    if (!UnitImportRow.COLUMNS.contains(key)) {
                        errors.add(new FieldError(key, "unknown field"));
                    } else if (value.isNull() || value.isTextual() && value.asText().isBlank()) {
                        values.put(key, null);
                    } else if (key.equals(SUCCESSORS)) {
                        List<String> codes = new ArrayList<>();
                        if (value.isArray()) {
                            value.forEach(code -> codes.add(code.isTextual() ? code.asText().trim() : null));
                        }
                        if (!value.isArray() || codes.contains(null)) {
                            errors.add(new FieldError(key, "must be an array of unit codes"));
                        } else {
                            values.put(key, codes);
                        }
                    } else if (value.isTextual()) {
                        values.put(key, value.asText().trim());
                    } else {
                        errors.add(new FieldError(key, "must be a string"));
                    }
                });
            }
            rows.add(new Raw(line, values, errors));
        }
        return rows;
    }

    // ------------------------------------------------------------------------------------------------ checking

    /** What one row asks for, and what of it is wrong. */
    private static final class Plan {
        final Raw raw;
        final List<FieldError> errors;
        String code;
        Unit existing;
        String name;
        UnitType type;
        String parentCode;
        LocalDate validFrom;
        LocalDate validTo;
        List<String> successors = List.of();
        final List<String> newSuccessors = new ArrayList<>();
        String note;

        Plan(Raw raw) {
            this.raw = raw;
            this.errors = new ArrayList<>(raw.errors());
        }

        boolean given(String key) {
            return raw.values().containsKey(key);
        }

        String text(String key) {
            return (String) raw.values().get(key);
        }

        void error(String field, String message) {
            errors.add(new FieldError(field, message));
        }
    }

    /** A unit as it will be after the import: from the file when a row names it, else as registered. */
    private record Planned(String code, String parentCode, LocalDate validFrom, LocalDate validTo) {
    }

    @Transactional
    public UnitImportResult run(List<Raw> rows, boolean dryRun) {
        if (!dryRun) {
            // what is checked stays true until the import commits
            em.createNativeQuery(SuccessionService.MAP_LOCK).getSingleResult();
        }
        List<Plan> plans = rows.stream().map(Plan::new).toList();
        Map<String, Plan> byCode = new HashMap<>();
        for (Plan plan : plans) {
            parse(plan);
            if (plan.code != null) {
                Plan earlier = byCode.putIfAbsent(plan.code, plan);
                if (earlier != null) {
                    plan.error("code", "is already on line " + earlier.raw.line());
                    plan.code = null;
                }
            }
        }
        Set<String> named = new HashSet<>(byCode.keySet());
        plans.forEach(plan -> {
            if (plan.parentCode != null) {
                named.add(plan.parentCode);
            }
            named.addAll(plan.successors);
        });
        Map<String, Unit> registered = new HashMap<>();
        if (!named.isEmpty()) {
            units.list("code in ?1", named).forEach(unit -> registered.put(unit.code, unit));
        }
        UnitMap recorded = maps.recorded();
        Map<String, Planned> planned = new HashMap<>();
        for (Plan plan : byCode.values()) {
            plan.existing = registered.get(plan.code);
            keepUnlessGiven(plan, recorded);
            planned.put(plan.code, new Planned(plan.code, plan.parentCode, plan.validFrom, plan.validTo));
        }
        java.util.function.Function<String, Planned> lookup = code -> {
            Planned found = planned.get(code);
            if (found != null) {
                return found;
            }
            Unit unit = registered.computeIfAbsent(code, units::findById);
            return unit == null ? null : new Planned(unit.code, unit.parentCode, unit.validFrom, unit.validTo);
        };
        List<SuccessionLink> links = new ArrayList<>(maps.links(null));
        for (Plan plan : byCode.values()) {
            checkParent(plan, lookup);
            checkSuccessors(plan, lookup, recorded);
            plan.newSuccessors.forEach(successor -> links.add(new SuccessionLink(plan.code, successor, plan.validTo,
                    plan.note)));
        }
        UnitMap after = new UnitMap(links);
        for (Plan plan : byCode.values()) {
            for (String successor : plan.newSuccessors) {
                if (after.laterUnits(successor).contains(plan.code)) {
                    plan.error(SUCCESSORS, successor + " already carries on from " + plan.code
                            + ": the map would go round in a circle");
                }
            }
        }

        List<Line> lines = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        int[] counts = new int[Outcome.values().length];
        int successionCount = 0;
        for (Plan plan : plans) {
            Outcome outcome;
            List<String> changes = plan.errors.isEmpty() ? changes(plan) : List.of();
            if (!plan.errors.isEmpty()) {
                outcome = Outcome.REFUSED;
                plan.errors.forEach(error -> errors.add(new FieldError("lines[" + plan.raw.line() + "]."
                        + error.field(), error.message())));
            } else if (plan.existing == null) {
                outcome = Outcome.CREATE;
            } else {
                outcome = changes.isEmpty() && plan.newSuccessors.isEmpty() ? Outcome.UNCHANGED : Outcome.UPDATE;
            }
            counts[outcome.ordinal()]++;
            if (outcome != Outcome.REFUSED) {
                successionCount += plan.newSuccessors.size();
            }
            lines.add(new Line(plan.raw.line(), plan.code == null ? text(plan, "code") : plan.code, outcome, changes,
                    outcome == Outcome.REFUSED ? List.of() : List.copyOf(plan.newSuccessors),
                    List.copyOf(plan.errors)));
        }
        if (!dryRun && !errors.isEmpty()) {
            throw new ApiException(ProblemType.VALIDATION, errors.size() + " problem(s) in the import; nothing was "
                    + "written (a dry run, ?dryRun=true, answers line by line)", errors, Map.of());
        }
        if (!dryRun) {
            apply(plans);
        }
        return new UnitImportResult(dryRun, counts[Outcome.CREATE.ordinal()], counts[Outcome.UPDATE.ordinal()],
                counts[Outcome.UNCHANGED.ordinal()], counts[Outcome.REFUSED.ordinal()], successionCount, lines);
    }

    private static String text(Plan plan, String key) {
        Object value = plan.raw.values().get(key);
        return value instanceof String text ? text : null;
    }

    private static void parse(Plan plan) {
        String code = text(plan, "code");
        if (code == null) {
            plan.error("code", "is required");
        } else if (!UnitCodes.valid(code)) {
            plan.error("code", "must be 2-32 characters of A-Z, 0-9 and -");
        } else {
            plan.code = code;
        }
        plan.name = text(plan, "name");
        if (plan.name == null) {
            plan.error("name", "is required");
        } else if (plan.name.length() > 200) {
            plan.error("name", "must be at most 200 characters");
        }
        String type = text(plan, "type");
        if (type == null) {
            plan.error("type", "is required");
        } else {
            try {
                plan.type = UnitType.valueOf(type);
            } catch (IllegalArgumentException e) {
                plan.error("type", "must be one of " + java.util.Arrays.toString(UnitType.values()));
            }
        }
        plan.parentCode = text(plan, "parentCode");
        if (plan.parentCode != null && !UnitCodes.valid(plan.parentCode)) {
            plan.error("parentCode", "must be 2-32 characters of A-Z, 0-9 and -");
            plan.parentCode = null;
        } else if (plan.parentCode != null && plan.parentCode.equals(code)) {
            plan.error("parentCode", "a unit cannot be its own parent");
            plan.parentCode = null;
        }
        plan.validFrom = date(plan, "validFrom");
        plan.validTo = date(plan, "validTo");
        @SuppressWarnings("unchecked")
        List<String> successors = (List<String>) plan.raw.values().get(SUCCESSORS);
        if (successors != null) {
            Set<String> distinct = new LinkedHashSet<>();
            for (String successor : successors) {
                if (!UnitCodes.valid(successor)) {
                    plan.error(SUCCESSORS, "'" + successor + "' must be 2-32 characters of A-Z, 0-9 and -");
                } else if (successor.equals(code)) {
                    plan.error(SUCCESSORS, "a unit cannot succeed itself");
                } else if (!distinct.add(successor)) {
                    plan.error(SUCCESSORS, successor + " is named twice");
                }
            }
            plan.successors = List.copyOf(distinct);
        }
        plan.note = text(plan, "successionNote");
        if (plan.note != null && plan.note.length() > 1000) {
            plan.error("successionNote", "must be at most 1000 characters");
        }
    }

    private static LocalDate date(Plan plan, String key) {
        String value = text(plan, key);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            plan.error(key, "must be a date, YYYY-MM-DD");
            return null;
        }
    }

    /** A key left out keeps the registered value; a unit with successors keeps their day as its validTo. */
    private static void keepUnlessGiven(Plan plan, UnitMap recorded) {
        Unit unit = plan.existing;
        if (unit == null) {
            return;
        }
        if (!plan.given("parentCode")) {
            plan.parentCode = unit.parentCode;
        }
        if (!plan.given("validFrom")) {
            plan.validFrom = unit.validFrom;
        }
        boolean hasSuccessors = !recorded.successorsOf(unit.code).isEmpty();
        boolean cleared = text(plan, "validTo") == null;
        if (!plan.given("validTo") || hasSuccessors && cleared) {
            plan.validTo = unit.validTo;
        } else if (hasSuccessors && plan.validTo != null && !plan.validTo.equals(unit.validTo)) {
            plan.error("validTo", "the unit's successors " + String.join(", ", recorded.successorsOf(unit.code))
                    + " took over on " + unit.validTo + "; validTo stays that day");
        }
        if (!plan.given(SUCCESSORS)) {
            plan.successors = List.of();
        }
    }

    private static void checkParent(Plan plan, java.util.function.Function<String, Planned> lookup) {
        if (plan.validFrom != null && plan.validTo != null && !plan.validFrom.isBefore(plan.validTo)) {
            plan.error("validTo", "must be after validFrom");
        }
        if (plan.parentCode == null) {
            return;
        }
        Set<String> seen = new HashSet<>(List.of(plan.code));
        String current = plan.parentCode;
        boolean first = true;
        while (current != null) {
            if (!seen.add(current)) {
                plan.error("parentCode", "would make the unit its own ancestor");
                return;
            }
            Planned parent = lookup.apply(current);
            if (parent == null) {
                plan.error("parentCode", first ? "no unit has this code, here or in the file"
                        : "the chain of parents is broken at " + current);
                return;
            }
            first = false;
            current = parent.parentCode();
        }
    }

    private static void checkSuccessors(Plan plan, java.util.function.Function<String, Planned> lookup,
            UnitMap recorded) {
        List<String> already = recorded.successorsOf(plan.code);
        for (String successorCode : plan.successors) {
            if (already.contains(successorCode)) {
                continue;
            }
            Planned successor = lookup.apply(successorCode);
            if (successor == null) {
                plan.error(SUCCESSORS, successorCode + ": no unit has this code, here or in the file");
                continue;
            }
            if (plan.validTo == null) {
                plan.error("validTo", "is required with successorCodes: the day the successors take over");
                return;
            }
            String refused = SuccessionService.refusal(plan.validFrom, plan.validTo, successor.validFrom(),
                    successor.validTo(), plan.validTo);
            if (refused != null) {
                plan.error(SUCCESSORS, successorCode + ": " + refused);
                continue;
            }
            plan.newSuccessors.add(successorCode);
        }
    }

    /** The fields the row sets: on a new unit every one given, on a registered one those that differ. */
    private static List<String> changes(Plan plan) {
        Unit unit = plan.existing;
        List<String> changed = new ArrayList<>();
        if (unit == null || !Objects.equals(unit.name, plan.name)) {
            changed.add("name");
        }
        if (unit == null || unit.type != plan.type) {
            changed.add("type");
        }
        if (unit == null ? plan.parentCode != null : !Objects.equals(unit.parentCode, plan.parentCode)) {
            changed.add("parentCode");
        }
        if (unit == null ? plan.validFrom != null : !Objects.equals(unit.validFrom, plan.validFrom)) {
            changed.add("validFrom");
        }
        if (unit == null ? plan.validTo != null : !Objects.equals(unit.validTo, plan.validTo)) {
            changed.add("validTo");
        }
        return changed;
    }

    // ------------------------------------------------------------------------------------------------ writing

    private void apply(List<Plan> plans) {
        Instant now = time.now();
        Map<String, Unit> written = new HashMap<>();
        // parents first: the parent's row must exist when its child's is inserted
        List<Plan> pending = new ArrayList<>(plans.stream().filter(plan -> plan.existing == null).toList());
        Set<String> toCreate = new HashSet<>();
        pending.forEach(plan -> toCreate.add(plan.code));
        while (!pending.isEmpty()) {
            List<Plan> ready = pending.stream()
                    .filter(plan -> plan.parentCode == null || !toCreate.contains(plan.parentCode)).toList();
            for (Plan plan : ready) {
                Unit unit = new Unit();
                unit.code = plan.code;
                unit.createdAt = now;
                unit.updatedAt = now;
                Changes changes = set(unit, plan, true);
                units.persist(unit);
                audit.record(user.id(), Unit.AUDIT_TYPE, unit.code, "CREATE", changes, now);
                written.put(unit.code, unit);
                toCreate.remove(plan.code);
            }
            pending.removeAll(ready);
            units.flush();
        }
        for (Plan plan : plans) {
            if (plan.existing != null) {
                Changes changes = set(plan.existing, plan, false);
                if (!changes.isEmpty()) {
                    plan.existing.updatedAt = now;
                    audit.record(user.id(), Unit.AUDIT_TYPE, plan.code, "UPDATE", changes, now);
                }
                written.put(plan.code, plan.existing);
            }
        }
        units.flush();
        for (Plan plan : plans) {
            for (String successorCode : plan.newSuccessors) {
                Unit successor = written.computeIfAbsent(successorCode, units::findById);
                successions.link(written.get(plan.code), successor, plan.validTo, plan.note);
            }
        }
        units.flush();
    }

    private static Changes set(Unit unit, Plan plan, boolean isNew) {
        Changes changes = new Changes()
                .field("name", unit.name, plan.name)
                .field("type", unit.type, plan.type)
                .field("parentCode", unit.parentCode, plan.parentCode)
                .field("validFrom", unit.validFrom, plan.validFrom)
                .field("validTo", unit.validTo, plan.validTo);
        if (isNew) {
            changes.field("provincialTeamMember", null, false).field("active", null, true);
        }
        unit.name = plan.name;
        unit.type = plan.type;
        unit.parentCode = plan.parentCode;
        unit.validFrom = plan.validFrom;
        unit.validTo = plan.validTo;
        return changes;
    }
}
