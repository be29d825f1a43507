package org.ecosite.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a long list of reports into pages: the list's own route shows the newest, then
 * {@code page/2/}, {@code page/3/}, … the older ones.
 */
public final class Paging {

    private Paging() {
    }

    /**
     * One page of a list.
     *
     * @param listRoute the route of the list's first page
     * @param number    this page's number, from 1
     * @param count     how many pages the list has
     */
    public record Page(String listRoute, int number, int count, List<Report> reports) {

        public Page {
            reports = List.copyOf(reports);
        }

        public String route() {
            return route(number);
        }

        public String route(int page) {
            return Routes.page(listRoute, page);
        }
    }

    /** The pages of a list; a list that fits, or an empty one, is a single page. */
    public static List<Page> split(String listRoute, List<Report> reports, int size) {
        int count = Math.max(1, (reports.size() + size - 1) / size);
        List<Page> pages = new ArrayList<>(count);
        for (int n = 1; n <= count; n++) {
            List<Report> slice = reports.subList(Math.min((n - 1) * size, reports.size()),
                    Math.min(n * size, reports.size()));
            pages.add(new Page(listRoute, n, count, slice));
        }
        return pages;
    }
}
