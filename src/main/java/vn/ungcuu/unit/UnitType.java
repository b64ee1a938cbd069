package vn.ungcuu.unit;

/** What kind of body a unit is: commune, town, district office, police, coordinator or provincial body. */
public enum UnitType {
    COMMUNE, TOWN, OFFICE, POLICE, COORDINATOR, PROVINCIAL
}
