package vn.ungcuu.regime;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A regime file as stored: its rules, each with its legal basis. Checked whole by {@link #check()}. */
@Schema(name = "Regime", description = "A regulatory regime: the rulebook an incident is handled under, as "
        + "versioned data. Kinds, questions and recipients may gain values in new versions.")
public record Regime(
        @Schema(example = "vn-2026") String id,
        @Schema(example = "1") int version,
        Text title,
        @Schema(description = "First local day (the district's time zone) an incident detected on it falls under "
                + "this regime") LocalDate inForceFrom,
        @Schema(nullable = true, description = "First local day it no longer governs (exclusive); null: open")
        LocalDate inForceTo,
        @Schema(nullable = true) String note,
        List<LegalBasis> legalBasis,
        List<Question> classification,
        List<ReportKind> reportKinds,
        List<Obligation> obligations,
        @Schema(nullable = true, description = "How long an incident whose personal data was affected is kept")
        Retention personalDataRetention) {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{1,39}");
    private static final Pattern KIND = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9-]{1,39}");
    private static final Set<String> STARTS_ON = Set.of("FILED", "ASSESSED", "ACTION", "PERSONAL_DATA");
    private static final Set<String> DUE_FROM = Set.of("DETECTED", "REPORTED", "STARTED");

    /** A title in Vietnamese, and in English for the provincial systems' staff. */
    @Schema(name = "RegimeText")
    public record Text(String vi, @Schema(nullable = true) String en) {
    }

    /** Where a rule comes from: the document and its article. */
    @Schema(name = "LegalBasis")
    public record LegalBasis(@Schema(example = "Nghị định 331/2026/NĐ-CP") String document,
            @Schema(example = "Điều 31.2.d") String article, @Schema(nullable = true) String subject) {
    }

    /** How long records are kept, from when the rule applies, and why. */
    @Schema(name = "RegimeRetention")
    public record Retention(
            @JsonFormat(shape = JsonFormat.Shape.STRING)
            @Schema(type = SchemaType.STRING, format = "duration", example = "P5Y") java.time.Period keepFor,
            LegalBasis legalBasis) {
    }

    /** A question a coordinator answers to classify an incident under this regime. */
    @Schema(name = "RegimeQuestion")
    public record Question(String id, Text title,
            @Schema(description = "BOOLEAN, CHOICE, CHOICES or PERSONAL_DATA") String answer,
            @Schema(nullable = true) List<String> choices,
            @Schema(nullable = true, description = "Fields the answer true requires") List<String> requires,
            @Schema(nullable = true) String decidedBy, LegalBasis legalBasis) {
    }

    /** A kind of official report a unit sends under this regime, and what it must say. */
    @Schema(name = "ReportKind")
    public record ReportKind(String kind, Text title, List<String> content, LegalBasis legalBasis) {
    }

    /** A duty with a clock: when it starts, when it is due, what meets it, to whom. */
    @Schema(name = "Obligation")
    public record Obligation(String kind, Text title, Start startsWhen, Due due, MetBy metBy,
            @Schema(description = "The authority's code (GET /authorities), or DATA-SUBJECTS") String recipient,
            @Schema(nullable = true, description = "false: described but not started (no statutory deadline); "
                    + "null means true") Boolean enabled,
            LegalBasis legalBasis) {

        public boolean isEnabled() {
            return enabled == null || enabled;
        }

        /** Whether it starts on this occasion ({@code FILED}, {@code ASSESSED}, {@code PERSONAL_DATA} or an action). */
        public boolean startsOn(String occasion, String action) {
            return startsWhen.on().equals(occasion) && (startsWhen.action() == null || startsWhen.action().equals(action));
        }

        /** Whether the answers that hold (true flags, chosen values) meet its condition. */
        public boolean conditionHolds(java.util.Set<String> facts) {
            return (startsWhen.allOf() == null || facts.containsAll(startsWhen.allOf()))
                    && (startsWhen.anyOf() == null || startsWhen.anyOf().stream().anyMatch(facts::contains));
        }
    }

    /** When an obligation starts: at filing, on an assessment, on a transition, on a personal-data breach. */
    @Schema(name = "ObligationStart")
    public record Start(@Schema(description = "FILED, ASSESSED, ACTION or PERSONAL_DATA") String on,
            @Schema(nullable = true, description = "The transition, when on is ACTION") String action,
            @JsonProperty("if") @Schema(nullable = true, description = "Every one of these answers must be true")
            List<String> allOf,
            @Schema(nullable = true, description = "At least one of these answers must be true") List<String> anyOf) {
    }

    /** When an obligation is due: from detection, reporting or its start; immediately or after a duration. */
    @Schema(name = "ObligationDue")
    public record Due(@Schema(description = "DETECTED, REPORTED or STARTED") String from,
            @JsonFormat(shape = JsonFormat.Shape.STRING)
            @Schema(nullable = true, type = SchemaType.STRING, format = "duration", example = "PT24H") Duration after,
            @Schema(nullable = true, description = "Due at once, within the deployment's allowance") Boolean immediate) {
    }

    /** What meets an obligation: transitions of the incident, or official reports of these kinds. */
    @Schema(name = "ObligationMetBy")
    public record MetBy(@Schema(nullable = true) List<String> actions, @Schema(nullable = true) List<String> reports) {
    }

    /** The obligation of this kind, if the regime has one. */
    public java.util.Optional<Obligation> obligation(String kind) {
        return obligations.stream().filter(obligation -> obligation.kind().equals(kind)).findFirst();
    }

    /** Where an obligation kind stands in the file: the order the incident lists its obligations in. */
    public int rank(String kind) {
        for (int i = 0; i < obligations.size(); i++) {
            if (obligations.get(i).kind().equals(kind)) {
                return i;
            }
        }
        return obligations.size();
    }

    public java.util.Optional<ReportKind> reportKind(String kind) {
        return reportKinds.stream().filter(report -> report.kind().equals(kind)).findFirst();
    }

    /** Refuses a file that is not whole: every rule named, dated and with its legal basis. */
    Regime check() {
        require(id != null && ID.matcher(id).matches(), "id must be lower case letters, digits and -");
        require(version >= 1, "version must be 1 or more");
        text(title, "title");
        require(inForceFrom != null, "inForceFrom is required");
        require(inForceTo == null || inForceTo.isAfter(inForceFrom), "inForceTo must be after inForceFrom");
        require(legalBasis != null && !legalBasis.isEmpty(), "legalBasis is required");
        legalBasis.forEach(basis -> basis(basis, "legalBasis"));
        if (personalDataRetention != null) {
            require(personalDataRetention.keepFor() != null && !personalDataRetention.keepFor().isNegative()
                    && !personalDataRetention.keepFor().isZero(), "personalDataRetention.keepFor must be a positive period");
            basis(personalDataRetention.legalBasis(), "personalDataRetention");
        }
        Set<String> questions = new HashSet<>();
        for (Question question : list(classification, "classification")) {
            require(question.id() != null && questions.add(question.id()), "classification: ids must be unique");
            text(question.title(), "classification " + question.id());
            basis(question.legalBasis(), "classification " + question.id());
        }
        Set<String> reports = new HashSet<>();
        for (ReportKind report : list(reportKinds, "reportKinds")) {
            require(report.kind() != null && KIND.matcher(report.kind()).matches() && reports.add(report.kind()),
                    "reportKinds: kinds must be unique UPPER_SNAKE names");
            text(report.title(), "report kind " + report.kind());
            basis(report.legalBasis(), "report kind " + report.kind());
        }
        Set<String> kinds = new HashSet<>();
        for (Obligation obligation : list(obligations, "obligations")) {
            String name = "obligation " + obligation.kind();
            require(obligation.kind() != null && KIND.matcher(obligation.kind()).matches()
                    && kinds.add(obligation.kind()), "obligations: kinds must be unique UPPER_SNAKE names");
            text(obligation.title(), name);
            basis(obligation.legalBasis(), name);
            require(obligation.recipient() != null && CODE.matcher(obligation.recipient()).matches(),
                    name + ": recipient must be an authority code");
            Start start = obligation.startsWhen();
            require(start != null && STARTS_ON.contains(start.on()), name + ": startsWhen.on must be one of " + STARTS_ON);
            require(!"ACTION".equals(start.on()) || start.action() != null, name + ": startsWhen.action is required");
            Due due = obligation.due();
            require(due != null && DUE_FROM.contains(due.from()), name + ": due.from must be one of " + DUE_FROM);
            require(Boolean.TRUE.equals(due.immediate()) != (due.after() != null),
                    name + ": due is either immediate or after a duration");
            require(due.after() == null || !due.after().isNegative(), name + ": due.after must not be negative");
            MetBy met = obligation.metBy();
            require(met != null && (met.actions() != null || met.reports() != null), name + ": metBy is required");
            if (met.reports() != null) {
                met.reports().forEach(kind -> require(reports.contains(kind), name + ": metBy names report kind "
                        + kind + ", which reportKinds lacks"));
            }
        }
        return this;
    }

    private static <T> List<T> list(List<T> items, String name) {
        require(items != null, name + " is required (an empty list if none)");
        return items;
    }

    private static void text(Text text, String what) {
        require(text != null && text.vi() != null && !text.vi().isBlank(), what + ": a Vietnamese title is required");
    }

    private static void basis(LegalBasis basis, String what) {
        require(basis != null && notBlank(basis.document()) && notBlank(basis.article()),
                what + ": legalBasis needs its document and article");
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
