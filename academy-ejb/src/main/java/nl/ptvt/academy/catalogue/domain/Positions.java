package nl.ptvt.academy.catalogue.domain;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.ObjIntConsumer;
import nl.ptvt.academy.shared.BusinessRuleException;

/**
 * The order of a version's modules and of a module's lessons: the list order and the stored positions agree and
 * run 0..n-1 without gaps after every change, so that a copy made for a new draft can find an item by position.
 */
final class Positions {

    private Positions() {
    }

    /** A new order must name every current item exactly once (no more, no fewer, no repeats). */
    static <T> void requireSameItems(List<T> items, List<T> order, String code, String detail) {
        Set<T> named = Collections.newSetFromMap(new IdentityHashMap<>());
        named.addAll(order);
        if (order.size() != items.size() || named.size() != order.size() || !named.containsAll(items)) {
            throw new BusinessRuleException(code, detail);
        }
    }

    /** Puts the items in the given order (the same items) and numbers them again. */
    static <T> void arrange(List<T> items, List<T> order, ObjIntConsumer<T> place) {
        List<T> arranged = List.copyOf(order);
        items.clear();
        items.addAll(arranged);
        renumber(items, place);
    }

    static <T> void renumber(List<T> items, ObjIntConsumer<T> place) {
        for (int i = 0; i < items.size(); i++) {
            place.accept(items.get(i), i);
        }
    }

    /** A place to put an item at: 0 up to and including {@code last}. */
    static void requireWithin(int position, int last, String code, String detail) {
        if (position < 0 || position > last) {
            throw new BusinessRuleException(code, detail);
        }
    }
}
