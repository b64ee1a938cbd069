package vn.ungcuu.persistence;

import java.util.Collection;
import java.util.function.BiConsumer;

/** HQL conditions for the list endpoints' filters. */
public final class HqlFilters {

    private HqlFilters() {
    }

    /**
     * {@code path = :name} for one value, {@code path in :name} for several, binding the value(s) under
     * {@code name}. Hibernate caches the SQL of a query only when no parameter is a list (re-translating it
     * on every call showed in the 1M-incident benchmark), and a filter on one value is the usual request.
     */
    public static String anyOf(String path, String name, Collection<?> wanted, BiConsumer<String, Object> bind) {
        if (wanted.size() == 1) {
            bind.accept(name, wanted.iterator().next());
            return path + " = :" + name;
        }
        bind.accept(name, wanted);
        return path + " in :" + name;
    }
}
