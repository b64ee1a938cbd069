package vn.ungcuu.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonString;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The authenticated caller as the API sees it: who (for the audit), which roles, which unit. */
@RequestScoped
public class CurrentUser {

    public static final String UNIT_CLAIM = "unit";

    @Inject
    JsonWebToken jwt;

    /** The actor id recorded in the audit ({@code sub}). */
    public String id() {
        return jwt.getSubject();
    }

    public String displayName() {
        return claimText("name").or(() -> claimText("preferred_username")).orElse(id());
    }

    public Set<String> roles() {
        return jwt.getGroups() == null ? Set.of() : jwt.getGroups();
    }

    public boolean has(String role) {
        return roles().contains(role);
    }

    /**
     * Whether the caller holds one of these roles. Unit-scoped registers ask it ("does a role of the caller act for
     * every unit?") rather than {@link #onlyReporter()}: a token holding reporter and another role that the
     * operation does not allow must still be held to its own unit.
     */
    public boolean hasAny(String... roles) {
        for (String role : roles) {
            if (has(role)) {
                return true;
            }
        }
        return false;
    }

    /** The email claim, for the people directory (and the messages that will use it). */
    public Optional<String> email() {
        return claimText("email");
    }

    public Optional<String> unitCode() {
        return claimText(UNIT_CLAIM);
    }

    /** Coordinators, auditors and administrators see and may act on every unit's incidents. */
    public boolean seesAllIncidents() {
        return has(Roles.COORDINATOR) || has(Roles.AUDITOR) || has(Roles.ADMIN);
    }

    /**
     * A reporter and nothing more: its view of the registry (units, systems) is its own unit only, and
     * anything outside answers 404 as if it did not exist.
     */
    public boolean onlyReporter() {
        return has(Roles.REPORTER) && roles().stream().filter(Roles.ALL::contains).count() == 1;
    }

    private Optional<String> claimText(String claim) {
        Object value = jwt.getClaim(claim);
        if (value instanceof JsonString text) {
            value = text.getString();
        }
        return value instanceof String text && !text.isBlank() ? Optional.of(text) : Optional.empty();
    }

    /** Staff who read and write internal notes: everyone but a caller who is only a reporter. */
    public boolean seesInternalNotes() {
        return seesInternalNotes(roles());
    }

    /** Whether holders of these roles are staff who read internal notes (the caller, or a person of the directory). */
    public static boolean seesInternalNotes(java.util.Collection<String> roles) {
        return roles.stream().anyMatch(role -> Roles.ALL.contains(role) && !role.equals(Roles.REPORTER));
    }

    /** True when the caller may see the given unit's registry data and incidents as a reporter. */
    public boolean belongsTo(String unitCode) {
        return unitCode != null && unitCode.equals(unitCode().orElse(null));
    }
}
