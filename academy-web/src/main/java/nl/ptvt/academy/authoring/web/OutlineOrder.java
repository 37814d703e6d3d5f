package nl.ptvt.academy.authoring.web;

import java.util.ArrayList;
import java.util.List;

/** The keyboard alternative to dragging: one item one place up or down. */
final class OutlineOrder {

    private OutlineOrder() {
    }

    /**
     * The ids with the one at {@code index} moved {@code step} places (-1 up, +1 down); unchanged when that would
     * leave the list (the first item cannot go up).
     */
    static List<Long> moving(List<Long> ids, int index, int step) {
        int target = index + step;
        List<Long> order = new ArrayList<>(ids);
        if (index < 0 || index >= ids.size() || target < 0 || target >= ids.size()) {
            return order;
        }
        order.add(target, order.remove(index));
        return order;
    }
}
