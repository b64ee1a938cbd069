package vn.ungcuu.unit;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules of the information-system register, in one place with their legal basis: when a system is below the
 * level the law requires, and when an approval made under Decree 85/2016 runs out. They are constants rather than
 * a data file like the incident regimes ({@code regimes/*.json}) because they are not chosen by the deploying body
 * and have no versions in force side by side: a new decree is a code change, reviewed like one. The list filter
 * ({@link SystemService}) reads the same constants, so the warnings and {@code ?warning=} cannot disagree.
 *
 * <p>Article numbers follow the secondary full-text copies of Decree 331/2026/NĐ-CP: check them against the
 * Official Gazette before citing them formally.
 */
public final class SystemRules {

    /**
     * Decree 331/2026/NĐ-CP, Art. 11-15 (criteria of the levels): a system that handles administrative procedures
     * (dịch vụ công, thủ tục hành chính), or that processes the personal data of at least {@link #BASIC_SUBJECTS}
     * data subjects, or the sensitive personal data of at least {@link #SENSITIVE_SUBJECTS}, is at least level 3.
     */
    public static final int LEVEL_REQUIRED = 3;
    /** Decree 331/2026/NĐ-CP, Art. 11-15: basic personal data of 100,000 subjects or more: level 3 at least. */
    public static final long BASIC_SUBJECTS = 100_000;
    /** Decree 331/2026/NĐ-CP, Art. 11-15: sensitive personal data of 10,000 subjects or more: level 3 at least. */
    public static final long SENSITIVE_SUBJECTS = 10_000;
    public static final String LEVEL_BASIS = "Nghị định 331/2026/NĐ-CP, Điều 11-15 (tiêu chí xác định cấp độ 3)";

    /**
     * Law 116/2025/QH15 (Law on Cybersecurity) in force on 01/07/2026 with Decree 331/2026: an approval decided
     * from this day is an approval under the new rules; one decided before is an approval under Decree 85/2016.
     */
    public static final LocalDate NEW_RULES_FROM = LocalDate.of(2026, 7, 1);
    /**
     * Law 116/2025/QH15, Art. 45.1: systems approved under the former rules keep their level but must meet the
     * new rules by 01/07/2027. From this local day (the district's time zone) such an approval has lapsed.
     */
    public static final LocalDate DECREE_85_TRANSITION_END = LocalDate.of(2027, 7, 1);
    public static final String TRANSITION_BASIS = "Luật An ninh mạng 116/2025/QH15, Điều 45 khoản 1";

    private SystemRules() {
    }

    /** The warnings that apply to the system now ({@code now} read as a local day in {@code zone}). */
    public static List<SystemWarning> warnings(InformationSystem system, Instant now, ZoneId zone) {
        List<SystemWarning> warnings = new ArrayList<>();
        if (system.securityLevel < LEVEL_REQUIRED) {
            if (system.handlesAdministrativeProcedures) {
                warnings.add(SystemWarning.LEVEL_3_REQUIRED_ADMINISTRATIVE_PROCEDURES);
            }
            if (system.basicDataSubjects >= BASIC_SUBJECTS) {
                warnings.add(SystemWarning.LEVEL_3_REQUIRED_BASIC_DATA_SUBJECTS);
            }
            if (system.sensitiveDataSubjects >= SENSITIVE_SUBJECTS) {
                warnings.add(SystemWarning.LEVEL_3_REQUIRED_SENSITIVE_DATA_SUBJECTS);
            }
        }
        if (hasDecree85ApprovalOnly(system)) {
            warnings.add(transitionEnded(now, zone) ? SystemWarning.DECREE_85_APPROVAL_LAPSED
                    : SystemWarning.DECREE_85_APPROVAL_EXPIRES);
        }
        return warnings;
    }

    /** Whether the transition of Law 116/2025 Art. 45.1 is over on the district's day of {@code now}. */
    public static boolean transitionEnded(Instant now, ZoneId zone) {
        return !LocalDate.ofInstant(now, zone).isBefore(DECREE_85_TRANSITION_END);
    }

    /**
     * Approved under Decree 85/2016 (the legacy dossier approved, or an approval decided before
     * {@link #NEW_RULES_FROM}), and not approved again under Decree 331/2026.
     */
    static boolean hasDecree85ApprovalOnly(InformationSystem system) {
        boolean approved = system.approvalStatus == ApprovalStatus.APPROVED && system.approvalDecisionDate != null;
        boolean underNewRules = approved && !system.approvalDecisionDate.isBefore(NEW_RULES_FROM);
        boolean underDecree85 = system.levelDossier == LevelDossier.APPROVED
                || approved && system.approvalDecisionDate.isBefore(NEW_RULES_FROM);
        return underDecree85 && !underNewRules;
    }

    /** {@link #hasDecree85ApprovalOnly} as an HQL condition on {@code InformationSystem} (parameters: {@link #hqlParameters}). */
    static final String DECREE_85_ONLY_HQL = "((levelDossier = :r85dossier or (approvalStatus is not null"
            + " and approvalStatus = :r85approved and approvalDecisionDate is not null"
            + " and approvalDecisionDate < :r85newRules)) and not (approvalStatus is not null"
            + " and approvalStatus = :r85approved and approvalDecisionDate is not null"
            + " and approvalDecisionDate >= :r85newRules))";

    /** The HQL condition under which a system carries the warning (none for the transition on the wrong side of its date). */
    static String hql(SystemWarning warning, boolean transitionEnded) {
        return switch (warning) {
            case LEVEL_3_REQUIRED_ADMINISTRATIVE_PROCEDURES ->
                    "(securityLevel < " + LEVEL_REQUIRED + " and handlesAdministrativeProcedures = true)";
            case LEVEL_3_REQUIRED_BASIC_DATA_SUBJECTS ->
                    "(securityLevel < " + LEVEL_REQUIRED + " and basicDataSubjects >= " + BASIC_SUBJECTS + ")";
            case LEVEL_3_REQUIRED_SENSITIVE_DATA_SUBJECTS ->
                    "(securityLevel < " + LEVEL_REQUIRED + " and sensitiveDataSubjects >= " + SENSITIVE_SUBJECTS + ")";
            case DECREE_85_APPROVAL_EXPIRES -> transitionEnded ? "1 = 0" : DECREE_85_ONLY_HQL;
            case DECREE_85_APPROVAL_LAPSED -> transitionEnded ? DECREE_85_ONLY_HQL : "1 = 0";
        };
    }

    static void hqlParameters(io.quarkus.panache.common.Parameters params) {
        params.and("r85dossier", LevelDossier.APPROVED).and("r85approved", ApprovalStatus.APPROVED)
                .and("r85newRules", NEW_RULES_FROM);
    }
}
