package vn.ungcuu.incident;

/** Traffic Light Protocol 2.0 marking; {@code AMBER_STRICT} stands for TLP:AMBER+STRICT. */
public enum Tlp {
    CLEAR, GREEN, AMBER, AMBER_STRICT, RED
}
