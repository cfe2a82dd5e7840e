package dev.ordo.riskassessment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which index a text-filtered page is read by: the sort order's, or the trigram index (ListQueries.order). */
class ListQueriesOrderTest {

	private static final String PRIORITY = ListQueries.RISK_SORTS.get("priority");

	private static final String TITLE = ListQueries.RISK_SORTS.get("title");

	@Test
	void withoutATextOfThreeLettersTheOrderIsTheIndexOrder() {
		assertThat(ListQueries.order(TITLE, null, 0)).isEqualTo(TITLE);
		assertThat(ListQueries.order(TITLE, " pa ", 5_000)).isEqualTo(TITLE);
	}

	@Test
	void titlesAndDatesAreSortedFromTheTrigramMatches() {
		assertThat(ListQueries.order(TITLE, "ware", 0)).isEqualTo("coalesce(r.sort_title, r.sort_title) asc, r.id asc");
		assertThat(ListQueries.order(ListQueries.RISK_SORTS.get("identified"), "ware", 0))
			.startsWith("coalesce(r.identified_at, r.identified_at) desc");
		assertThat(ListQueries.order(ListQueries.ASSET_SORTS.get("updated"), "server", 50))
			.startsWith("coalesce(a.updated_at, a.updated_at) desc");
	}

	@Test
	void aLevelOrderIsWalkedForTheFirstPagesOnly() {
		assertThat(ListQueries.order(PRIORITY, "ware", 0)).isEqualTo(PRIORITY);
		assertThat(ListQueries.order(PRIORITY, "ware", ListQueries.WALK_OFFSET - 50)).isEqualTo(PRIORITY);
		assertThat(ListQueries.order(PRIORITY, "ware", ListQueries.WALK_OFFSET))
			.isEqualTo("coalesce(r.priority_level, r.priority_level) desc, r.sort_title asc, r.id asc");
		assertThat(ListQueries.order(ListQueries.ASSET_SORTS.get("protection"), "server", 0))
			.isEqualTo(ListQueries.ASSET_SORTS.get("protection"));
	}
}
