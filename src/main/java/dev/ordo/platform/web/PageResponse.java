package dev.ordo.platform.web;

import java.util.List;
import java.util.function.Function;

import org.springframework.data.domain.Page;

/**
 * One page of a list, as every {@code /api/v1} list endpoint returns it. Lists are always paged (at most 100 items)
 * so that no response grows with the size of an organization's data.
 *
 * @param totalCapped {@code true} when the list stopped counting: there are more than {@code totalItems} matches
 *                    (the large registers count up to 10,000); absent when the total is exact
 */
public record PageResponse<T>(List<T> items, int page, int size, long totalItems, int totalPages, Boolean totalCapped) {

	public static <S, T> PageResponse<T> of(Page<S> page, Function<S, T> mapper) {
		return new PageResponse<>(page.getContent().stream().map(mapper).toList(), page.getNumber(), page.getSize(),
				page.getTotalElements(), page.getTotalPages(), null);
	}

	public static <T> PageResponse<T> of(Page<T> page) {
		return of(page, Function.identity());
	}

	/** A page of a list that counts at most {@code cap} matches; its page's total is above the cap when it stopped. */
	public static <T> PageResponse<T> capped(Page<T> page, long cap) {
		if (page.getTotalElements() <= cap) {
			return of(page);
		}
		return new PageResponse<>(page.getContent(), page.getNumber(), page.getSize(), cap,
				(int) ((cap + page.getSize() - 1) / page.getSize()), Boolean.TRUE);
	}
}
