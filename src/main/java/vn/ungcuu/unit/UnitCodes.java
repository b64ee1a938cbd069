package vn.ungcuu.unit;

import java.util.regex.Pattern;
import vn.ungcuu.problem.ApiException;

/** Unit codes given in paths and filters are checked before they reach a query. */
public final class UnitCodes {

    private static final Pattern CODE = Pattern.compile(UnitData.CODE_PATTERN);

    private UnitCodes() {
    }

    public static boolean valid(String code) {
        return code != null && CODE.matcher(code).matches();
    }

    /** A unit code filter parameter: a malformed one is a 400 naming the parameter. */
    public static String requireValidFilter(String parameter, String code) {
        if (!valid(code)) {
            throw ApiException.invalid(parameter, "must be 2-32 characters of A-Z, 0-9 and -");
        }
        return code;
    }
}
