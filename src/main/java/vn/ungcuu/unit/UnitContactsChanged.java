package vn.ungcuu.unit;

/**
 * A unit's named contacts as they were and are now, fired (CDI, synchronously, in the transaction of the change)
 * when a unit is created or replaced with another ATTT lead or focal point: the focal-point register keeps their
 * history and starts the declaration obligation, without this package knowing it.
 */
public record UnitContactsChanged(String unitCode, ContactData previousSecurityLead, ContactData securityLead,
        ContactData previousFocalPoint, ContactData focalPoint) {
}
