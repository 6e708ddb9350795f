package com.printdesk.clients;

import java.util.ArrayList;
import java.util.List;

import org.springframework.data.domain.Page;

/**
 * The pagination line under a list: "Showing 26–50 of 312" and the page links around the current
 * page (first and last always, gaps as 0), so a list of thousands still gets a short row of links.
 *
 * @param current 1-based
 */
record PageWindow(int current, int totalPages, long from, long to, long total, List<Integer> numbers) {

    static final int GAP = 0;
    private static final int AROUND = 2;

    static PageWindow of(Page<?> page) {
        int current = page.getNumber() + 1;
        int totalPages = Math.max(page.getTotalPages(), 1);
        long from = page.getNumberOfElements() == 0 ? 0 : page.getPageable().getOffset() + 1;
        long to = page.getNumberOfElements() == 0 ? 0 : from + page.getNumberOfElements() - 1;
        return new PageWindow(current, totalPages, from, to, page.getTotalElements(), numbers(current, totalPages));
    }

    static List<Integer> numbers(int current, int totalPages) {
        List<Integer> numbers = new ArrayList<>();
        for (int n = 1; n <= totalPages; n++) {
            boolean shown = n == 1 || n == totalPages || Math.abs(n - current) <= AROUND;
            if (shown) {
                numbers.add(n);
            }
            else if (numbers.get(numbers.size() - 1) != GAP) {
                numbers.add(GAP);
            }
        }
        return numbers;
    }

    public boolean hasPrevious() {
        return current > 1;
    }

    public boolean hasNext() {
        return current < totalPages;
    }
}
