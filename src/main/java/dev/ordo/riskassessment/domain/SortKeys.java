package dev.ordo.riskassessment.domain;

import java.util.Locale;

/**
 * How the risk register and the asset list order titles and names (TS 27022 7.4): lower-cased, so that "apple" and
 * "Zebra" come in the order a reader expects rather than in the byte order of their letters. Kept in a column of its
 * own ({@code risk.sort_title}, {@code asset.sort_name}, migration V14) that the sort indexes hold.
 */
final class SortKeys {

	private SortKeys() {
	}

	static String of(String text) {
		return text == null ? null : text.toLowerCase(Locale.ROOT);
	}
}
