package vn.ungcuu.packagerules.cyclic.a;

import vn.ungcuu.packagerules.cyclic.b.Second;

/** Half of a deliberate package cycle: proves the cycle rule can fail. */
public class First {
    Second second;
}
