package vn.ungcuu.document;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import vn.ungcuu.unit.Unit;
import vn.ungcuu.unit.UnitType;

/**
 * What Decree 30/2020's heading and signature take from the unit that issues a document: its name, its governing
 * body (the parent unit), the place name of the date line, and the signer (the unit's security lead, whom the unit
 * map names; an office changes the signer in the DOCX when someone else signs).
 */
record IssuingUnit(String name, String governingBody, String place, String symbol, String signerTitle,
        String signerName) {

    static final String BLANK = "……………";

    private static final Set<UnitType> PLACES = Set.of(UnitType.COMMUNE, UnitType.WARD, UnitType.SPECIAL_ZONE,
            UnitType.TOWN, UnitType.DISTRICT, UnitType.PROVINCE);

    /** Words before a place's own name in a unit's name, longest first. */
    private static final List<String> PLACE_PREFIXES = List.of("ủy ban nhân dân ", "uỷ ban nhân dân ", "ubnd ",
            "đặc khu ", "thị trấn ", "thành phố ", "thị xã ", "phường ", "huyện ", "tỉnh ", "xã ");

    /** A document nobody's unit issues (the caller has none): every part a blank to fill in. */
    static final IssuingUnit UNKNOWN = new IssuingUnit(BLANK, null, BLANK, BLANK, null, null);

    static IssuingUnit of(Unit unit, Function<String, Unit> units) {
        Unit parent = unit.parentCode == null ? null : units.apply(unit.parentCode);
        String signerTitle = unit.securityLead == null ? null : unit.securityLead.title;
        String signerName = unit.securityLead == null ? null : unit.securityLead.name;
        return new IssuingUnit(unit.name, parent == null ? null : parent.name, place(unit, units), symbol(unit.name),
                signerTitle, signerName);
    }

    /**
     * Địa danh: the name of the commune, ward or province where the unit sits ("UBND xã Minh Sơn" → "Minh Sơn"; a
     * department of the province → the province's name), found by walking up the unit map.
     */
    static String place(Unit unit, Function<String, Unit> units) {
        Unit at = unit;
        for (int depth = 0; at != null && depth < 10; depth++) {
            if (PLACES.contains(at.type)) {
                return placeName(at.name);
            }
            at = at.parentCode == null ? null : units.apply(at.parentCode);
        }
        return BLANK;
    }

    static String placeName(String unitName) {
        String name = Normalizer.normalize(unitName.strip(), Normalizer.Form.NFC);
        boolean stripped = true;
        while (stripped) {
            stripped = false;
            for (String prefix : PLACE_PREFIXES) {
                if (name.toLowerCase(Locale.ROOT).startsWith(prefix) && name.length() > prefix.length()) {
                    name = name.substring(prefix.length()).strip();
                    stripped = true;
                }
            }
        }
        return name;
    }

    /** The issuer's part of ký hiệu: UBND for a people's committee; otherwise left to fill in. */
    static String symbol(String unitName) {
        String name = Normalizer.normalize(unitName.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        return name.startsWith("ubnd ") || name.startsWith("ủy ban nhân dân ") || name.startsWith("uỷ ban nhân dân ")
                ? "UBND" : BLANK;
    }
}
