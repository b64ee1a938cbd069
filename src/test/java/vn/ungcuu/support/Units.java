package vn.ungcuu.support;

import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;

/** Units as an administrator registers them, and what the unit table holds of them. */
public final class Units {

    public static final String UNITS = "/api/v1/units";

    private Units() {
    }

    /** The registration of a commune with a full focal point, as a map a test may change before sending it. */
    public static Map<String, Object> unitBody(String code) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("name", "UBND xã " + code);
        body.put("type", "COMMUNE");
        body.put("focalPoint", Map.of("name", "Lê Văn Bình", "title", "Cán bộ văn hóa - thông tin",
                "phone", "0912 345 678", "email", "binh.lv@ngoclac.thanhhoa.gov.vn"));
        return body;
    }

    /** How many rows of the unit table have the code: 1 once registered, 0 if nothing was written. */
    public static long unitRows(DataSource db, String code) {
        return Sql.count(db, "select count(*) from unit where code = ?", code);
    }
}
