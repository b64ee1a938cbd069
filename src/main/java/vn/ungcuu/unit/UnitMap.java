package vn.ungcuu.unit;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The succession graph as it stands on one day (the successions effective by then), read once per request: which
 * units a unit carries on, and which unit an old code is today.
 *
 * <p><b>Today's unit</b> ({@link #current}) follows the successions from a unit while each step leads to exactly
 * one unit. A merge (several predecessors, one successor) is followed; a split (one predecessor, several
 * successors) is not, since none of the successors alone carries the whole unit: the chain stops at the unit that
 * split, which is then its own current unit. So every incident has exactly one current unit and the report's
 * {@code unitMap=current} counts each incident once.
 */
public final class UnitMap {

    /** No successions at all. */
    public static final UnitMap EMPTY = new UnitMap(List.of());

    private final Map<String, List<String>> successors = new HashMap<>();
    private final Map<String, List<String>> predecessors = new HashMap<>();

    public UnitMap(Collection<SuccessionLink> links) {
        for (SuccessionLink link : links) {
            successors.computeIfAbsent(link.predecessorCode(), code -> new ArrayList<>()).add(link.successorCode());
            predecessors.computeIfAbsent(link.successorCode(), code -> new ArrayList<>()).add(link.predecessorCode());
        }
        successors.values().forEach(list -> list.sort(null));
        predecessors.values().forEach(list -> list.sort(null));
    }

    /** The units that directly succeeded this one, by code. */
    public List<String> successorsOf(String code) {
        return List.copyOf(successors.getOrDefault(code, List.of()));
    }

    /** The units this one directly succeeded, by code. */
    public List<String> predecessorsOf(String code) {
        return List.copyOf(predecessors.getOrDefault(code, List.of()));
    }

    /** Today's unit for a code: the end of its chain of single successors (see the class comment). */
    public String current(String code) {
        String at = code;
        Set<String> seen = new LinkedHashSet<>(List.of(code));
        while (true) {
            List<String> next = successors.get(at);
            if (next == null || next.size() != 1 || !seen.add(next.get(0))) {
                return at;
            }
            at = next.get(0);
        }
    }

    /** The unit and every unit it carries on, directly or through earlier successions, sorted by code. */
    public Set<String> withPredecessors(String code) {
        Set<String> found = new TreeSet<>(List.of(code));
        Deque<String> todo = new ArrayDeque<>(List.of(code));
        while (!todo.isEmpty()) {
            for (String predecessor : predecessors.getOrDefault(todo.pop(), List.of())) {
                if (found.add(predecessor)) {
                    todo.push(predecessor);
                }
            }
        }
        return found;
    }

    /** Every unit reachable from this one by successions (not the unit itself unless there is a cycle). */
    Set<String> laterUnits(String code) {
        Set<String> found = new TreeSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(code));
        while (!todo.isEmpty()) {
            for (String successor : successors.getOrDefault(todo.pop(), List.of())) {
                if (found.add(successor)) {
                    todo.push(successor);
                }
            }
        }
        return found;
    }
}
