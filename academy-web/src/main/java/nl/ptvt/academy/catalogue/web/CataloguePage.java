package nl.ptvt.academy.catalogue.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.ptvt.academy.catalogue.Audience;
import nl.ptvt.academy.catalogue.Catalogue;
import nl.ptvt.academy.catalogue.CatalogueSearch;
import nl.ptvt.academy.catalogue.CatalogueSort;
import nl.ptvt.academy.catalogue.CourseFormat;
import nl.ptvt.academy.catalogue.CourseSummary;
import nl.ptvt.academy.catalogue.ProgrammeLine;
import nl.ptvt.academy.catalogue.ThemeView;
import nl.ptvt.academy.shared.Page;
import nl.ptvt.academy.shared.PageRequest;
import nl.ptvt.academy.shared.web.Labels;
import nl.ptvt.academy.shared.web.Language;

/**
 * Anyone searches the catalogue. The search is a plain GET form, so that every search (and every page of its
 * results) has an address that can be bookmarked and shared; the parameters arrive as view parameters. Values
 * that are not understood (an old bookmark, a hand-typed address) are ignored rather than refused.
 */
@Named
@ViewScoped
public class CataloguePage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAGE_SIZE = 12;
    /** Page links shown on either side of the current page; the first and last page are always shown. */
    static final int NEIGHBOURS = 2;
    /** Pages are counted from 1 in addresses; beyond this the number is nonsense (and would overflow the offset). */
    static final int MAX_PAGE = 100_000;
    /** A page number that stands for "…" in the list of page links. */
    public static final int GAP = 0;
    static final int MAX_QUERY_LENGTH = 200;
    private static final String ADDRESS = "/catalogus";

    @Inject
    Catalogue catalogue;

    @Inject
    Language language;

    @Inject
    Labels labels;

    private String q;
    private String theme;
    private String format;
    private String audience;
    private String line;
    private String sort;
    private String page;

    private List<ThemeView> themes = List.of();
    private Page<CourseSummary> result;

    /** The view action: one search in the database per request. */
    public void load() {
        themes = catalogue.themes(language.getLocale());
        CatalogueSearch search = new CatalogueSearch(q, chosenTheme(), parse(CourseFormat.class, format),
                parse(Audience.class, audience), parse(ProgrammeLine.class, line), sortOrder());
        result = catalogue.search(search, new PageRequest(requestedPage() - 1, PAGE_SIZE));
        if (result.items().isEmpty() && result.total() > 0) {
            // A page past the end (the offer shrank since the link was made): show the last one instead.
            result = catalogue.search(search, new PageRequest(pageCount(result.total()) - 1, PAGE_SIZE));
        }
    }

    public List<ThemeView> getThemes() {
        return themes;
    }

    public List<CourseFormat> getFormats() {
        return List.of(CourseFormat.values());
    }

    public List<Audience> getAudiences() {
        return List.of(Audience.values());
    }

    public List<ProgrammeLine> getProgrammeLines() {
        return List.of(ProgrammeLine.values());
    }

    public List<String> getSortOrders() {
        return Arrays.stream(CatalogueSort.values()).map(order -> order.name().toLowerCase(Locale.ROOT)).toList();
    }

    /** The theme's name in the page language; the code itself for a theme the list does not know. */
    public String themeName(String code) {
        if (code == null) {
            return "";
        }
        return themes.stream().filter(t -> t.code().equals(code)).map(ThemeView::name).findFirst().orElse(code);
    }

    /** The audiences in their usual order (po, vo, mbo/hbo, …), whatever order the service gives them in. */
    public String audienceNames(List<Audience> audiences) {
        return labels.all(audiences.stream().sorted().toList());
    }

    public Page<CourseSummary> getResult() {
        return result;
    }

    public int getCurrentPage() {
        return result == null ? 1 : result.page() + 1;
    }

    public int getPageCount() {
        return result == null ? 0 : pageCount(result.total());
    }

    /** The page links to show: the first, the last and the neighbours of the current page, with {@link #GAP}s. */
    public List<Integer> getPageNumbers() {
        return pageNumbers(getCurrentPage(), getPageCount());
    }

    static List<Integer> pageNumbers(int current, int count) {
        TreeSet<Integer> shown = new TreeSet<>();
        shown.add(1);
        shown.add(count);
        for (int number = current - NEIGHBOURS; number <= current + NEIGHBOURS; number++) {
            if (number >= 1 && number <= count) {
                shown.add(number);
            }
        }
        List<Integer> numbers = new ArrayList<>();
        int previous = 0;
        for (int number : shown) {
            if (number - previous > 1) {
                numbers.add(GAP);
            }
            numbers.add(number);
            previous = number;
        }
        return numbers;
    }

    /** The address of a page of this search (relative to the context path). */
    public String pageAddress(int number) {
        Map<String, String> parameters = searchParameters();
        if (number > 1) {
            parameters.put("page", Integer.toString(number));
        }
        return address(parameters);
    }

    /** The address of the whole catalogue, without search words or filters. */
    public String getClearAddress() {
        return ADDRESS;
    }

    public boolean isFiltered() {
        return searchParameters().keySet().stream().anyMatch(name -> !name.equals("sort"));
    }

    private Map<String, String> searchParameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("q", q);
        parameters.put("theme", chosenTheme());
        parameters.put("format", name(parse(CourseFormat.class, format)));
        parameters.put("audience", name(parse(Audience.class, audience)));
        parameters.put("line", name(parse(ProgrammeLine.class, line)));
        parameters.put("sort", sortOrder() == CatalogueSort.TITLE ? null : sortOrder().name().toLowerCase(Locale.ROOT));
        parameters.values().removeIf(Objects::isNull);
        return parameters;
    }

    private static String address(Map<String, String> parameters) {
        if (parameters.isEmpty()) {
            return ADDRESS;
        }
        return ADDRESS + "?" + parameters.entrySet().stream()
                .map(entry -> entry.getKey() + "=" + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private String chosenTheme() {
        return theme != null && themes.stream().anyMatch(t -> t.code().equals(theme)) ? theme : null;
    }

    private CatalogueSort sortOrder() {
        CatalogueSort order = parse(CatalogueSort.class, sort);
        return order == null ? CatalogueSort.TITLE : order;
    }

    private int requestedPage() {
        if (page == null) {
            return 1;
        }
        try {
            return Math.min(Math.max(Integer.parseInt(page.strip()), 1), MAX_PAGE);
        } catch (NumberFormatException notANumber) {
            return 1;
        }
    }

    private static int pageCount(long total) {
        return (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null) {
            return null;
        }
        String wanted = value.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(type.getEnumConstants()).filter(constant -> constant.name().equals(wanted))
                .findFirst().orElse(null);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        String query = blankToNull(q);
        this.q = query == null || query.length() <= MAX_QUERY_LENGTH ? query : query.substring(0, MAX_QUERY_LENGTH);
    }

    public String getTheme() {
        return chosenTheme();
    }

    public void setTheme(String theme) {
        this.theme = blankToNull(theme);
    }

    public String getFormat() {
        return name(parse(CourseFormat.class, format));
    }

    public void setFormat(String format) {
        this.format = blankToNull(format);
    }

    public String getAudience() {
        return name(parse(Audience.class, audience));
    }

    public void setAudience(String audience) {
        this.audience = blankToNull(audience);
    }

    public String getLine() {
        return name(parse(ProgrammeLine.class, line));
    }

    public void setLine(String line) {
        this.line = blankToNull(line);
    }

    /** {@code title} or {@code newest}, as in the addresses. */
    public String getSort() {
        return sortOrder().name().toLowerCase(Locale.ROOT);
    }

    public void setSort(String sort) {
        this.sort = blankToNull(sort);
    }

    public String getPage() {
        return result == null ? page : Integer.toString(getCurrentPage());
    }

    public void setPage(String page) {
        this.page = blankToNull(page);
    }
}
