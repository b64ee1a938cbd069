package vn.ungcuu.triage;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The five dangerous cybersecurity situations of the Law on Cybersecurity 116/2025/QH15, Art. 20.1, points a to
 * đ, named A to E (đ is not an ASCII letter).
 */
@Schema(name = "DangerousSituation", description = "Law on Cybersecurity 116/2025/QH15, Art. 20.1: A = point a, "
        + "B = b, C = c, D = d, E = đ")
public enum DangerousSituation {
    A, B, C, D, E
}
