package vn.ungcuu.packagerules.cyclic.b;

import vn.ungcuu.packagerules.cyclic.a.First;

/** The other half of the deliberate package cycle. */
public class Second {
    First first;
}
