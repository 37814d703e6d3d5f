package nl.ptvt.academy.shared.web;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.ptvt.academy.shared.Page;
import nl.ptvt.academy.shared.PageRequest;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A lazy PrimeFaces table model over a service that returns {@link Page}s: the database pages, the table only
 * shows. Filters live in the page bean (labelled inputs above the table), not in PrimeFaces column filters.
 */
public class PagedDataModel<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** The service call; serializable because the model lives in a view-scoped bean. */
    @FunctionalInterface
    public interface PageSource<T> extends Serializable {
        Page<T> find(PageRequest request);
    }

    @FunctionalInterface
    public interface IdOf<T> extends Serializable {
        long id(T item);
    }

    /** The row key of an item that has no numeric id (such as a certificate, known by its code). */
    @FunctionalInterface
    public interface KeyOf<T> extends Serializable {
        String key(T item);
    }

    private final PageSource<T> source;
    private final KeyOf<T> keyOf;

    public PagedDataModel(PageSource<T> source, IdOf<T> idOf) {
        this(source, keyOf(Objects.requireNonNull(idOf)));
    }

    private PagedDataModel(PageSource<T> source, KeyOf<T> keyOf) {
        this.source = Objects.requireNonNull(source);
        this.keyOf = Objects.requireNonNull(keyOf);
    }

    /** A model whose rows are known by a text key rather than a numeric id. */
    public static <T> PagedDataModel<T> keyedBy(PageSource<T> source, KeyOf<T> keyOf) {
        return new PagedDataModel<>(source, keyOf);
    }

    private static <T> KeyOf<T> keyOf(IdOf<T> idOf) {
        return item -> Long.toString(idOf.id(item));
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) source.find(new PageRequest(0, 1)).total();
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        int size = Math.max(1, Math.min(pageSize, PageRequest.MAX_SIZE));
        Page<T> page = source.find(new PageRequest(first / size, size));
        setRowCount((int) page.total());
        return page.items();
    }

    @Override
    public String getRowKey(T item) {
        return keyOf.key(item);
    }

    @Override
    public T getRowData(String rowKey) {
        List<T> rows = getWrappedData();
        if (rows == null) {
            return null;
        }
        return rows.stream().filter(row -> getRowKey(row).equals(rowKey)).findFirst().orElse(null);
    }
}
