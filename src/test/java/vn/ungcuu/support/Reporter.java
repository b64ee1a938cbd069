package vn.ungcuu.support;

/** A reporter: the unit it reports for and the token it calls the API with. */
public record Reporter(String unitCode, String token) {

    /** A reporter of a commune registered just now, so that nothing else files for its unit. */
    public static Reporter ofNewCommune() {
        return of(Fixtures.commune());
    }

    /** A reporter of the given unit, with a token of its own. */
    public static Reporter of(String unitCode) {
        return new Reporter(unitCode, Tokens.reporter(unitCode));
    }
}
