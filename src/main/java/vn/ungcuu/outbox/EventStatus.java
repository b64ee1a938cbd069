package vn.ungcuu.outbox;

/** Delivery state of an outbox event. */
public enum EventStatus {
    PENDING, DELIVERED, DEAD
}
