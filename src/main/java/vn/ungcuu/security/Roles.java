package vn.ungcuu.security;

/** The role names carried in the token's {@code groups} claim; the only place they are spelled. */
public final class Roles {
    public static final String REPORTER = "reporter";
    public static final String COORDINATOR = "coordinator";
    public static final String RESPONDER = "responder";
    public static final String PROVINCIAL = "provincial";
    public static final String AUDITOR = "auditor";
    public static final String ADMIN = "admin";

    public static final java.util.Set<String> ALL =
            java.util.Set.of(REPORTER, COORDINATOR, RESPONDER, PROVINCIAL, AUDITOR, ADMIN);

    private Roles() {
    }
}
