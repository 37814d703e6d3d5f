package nl.ptvt.academy.shared;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * A page of a list, counted from 0. The size is capped so that no client can ask the database for
 * everything at once; REST and the PrimeFaces lazy tables use the same type.
 */
public record PageRequest(
        @Min(value = 0, message = "{academy.page.page.min}") int page,
        @Min(value = 1, message = "{academy.page.size.range}") @Max(value = PageRequest.MAX_SIZE, message = "{academy.page.size.range}") int size) {

    public static final int MAX_SIZE = 100;
    public static final int DEFAULT_SIZE = 20;

    public static PageRequest of(Integer page, Integer size) {
        return new PageRequest(page == null ? 0 : page, size == null ? DEFAULT_SIZE : size);
    }

    public int offset() {
        return page * size;
    }
}
