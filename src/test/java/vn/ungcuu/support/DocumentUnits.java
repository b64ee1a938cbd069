package vn.ungcuu.support;

import java.util.Map;

/** A commune under its province, with the security lead who signs its documents, as an administrator registers them. */
public final class DocumentUnits {

    public static final String PROVINCE_NAME = "UBND tỉnh Thanh Hóa";
    public static final String COMMUNE_NAME = "UBND xã Minh Sơn";
    public static final String SIGNER_NAME = "Nguyễn Thị Hương";
    public static final String SIGNER_TITLE = "Phó Chủ tịch UBND xã";

    private DocumentUnits() {
    }

    /** Registers a province and a commune "UBND xã Minh Sơn" under it; returns the commune's code. */
    public static String communeUnderProvince() {
        String province = Fixtures.uniqueCode("TINH");
        Api.as(Tokens.admin()).body(Map.of("code", province, "name", PROVINCE_NAME, "type", "PROVINCE"))
                .post(Units.UNITS).then().statusCode(201);
        String commune = Fixtures.uniqueCode("XA");
        Api.as(Tokens.admin()).body(Map.of("code", commune, "name", COMMUNE_NAME, "type", "COMMUNE",
                        "parentCode", province,
                        "securityLead", Map.of("name", SIGNER_NAME, "title", SIGNER_TITLE),
                        "focalPoint", Map.of("name", "Lê Văn Bình", "phone", "0912 345 678")))
                .post(Units.UNITS).then().statusCode(201);
        return commune;
    }
}
