package dev.ordo.platform.web;

import java.util.Collection;
import java.util.TreeSet;

import dev.ordo.shared.InvalidInput;

/**
 * Checks the paging and sort parameters of an {@code /api/v1} list before it is read. A client that asks for page
 * -1, for pages of no items or for a sort the list does not have gets a validation problem that names the allowed
 * values, not a list in another order than it asked for. A size above {@link #MAX_SIZE} is not an error: the list
 * answers with pages of {@link #MAX_SIZE} and says so in {@code size}.
 */
public final class ListParameters {

	/** The most items a list returns a page, whatever the request asks for. */
	public static final int MAX_SIZE = 100;

	private ListParameters() {
	}

	/** Page ({@code 0} is the first) and page size. */
	public static void check(int page, int size) {
		problems(page, size).throwIfAny();
	}

	/** Page, page size and sort, which must be one of {@code sorts}. */
	public static void check(int page, int size, String sort, Collection<String> sorts) {
		sort(problems(page, size), sort, sorts).throwIfAny();
	}

	/** The sort of a list that is not paged (an export), which must be one of {@code sorts}. */
	public static void checkSort(String sort, Collection<String> sorts) {
		sort(new InvalidInput.Collector(), sort, sorts).throwIfAny();
	}

	/** A page size only, for lists paged by position. */
	public static void checkSize(int size) {
		new InvalidInput.Collector().rejectIf(size < 1, "size", sizeMessage()).throwIfAny();
	}

	private static InvalidInput.Collector sort(InvalidInput.Collector problems, String sort, Collection<String> sorts) {
		return problems.rejectIf(!sorts.contains(sort), "sort", "must be one of " + String.join(", ",
				new TreeSet<>(sorts)));
	}

	private static InvalidInput.Collector problems(int page, int size) {
		return new InvalidInput.Collector()
			.rejectIf(page < 0, "page", "must be 0 or more (0 is the first page)")
			.rejectIf(size < 1, "size", sizeMessage());
	}

	private static String sizeMessage() {
		return "must be at least 1 (pages hold at most " + MAX_SIZE + " items)";
	}
}
