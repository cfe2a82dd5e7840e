package dev.ordo.riskassessment.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.ordo.riskassessment.HeatMap;
import dev.ordo.riskassessment.MemberRef;
import dev.ordo.riskassessment.RatingKind;
import dev.ordo.riskassessment.domain.ListQueries.RatingCell;
import dev.ordo.riskassessment.RiskCriteriaView.ScaleLevel;
import dev.ordo.riskassessment.RiskKind;
import dev.ordo.riskassessment.RiskListItem;
import dev.ordo.riskassessment.TreatmentState;

/** The register page's rows and heat map as the template shows them. */
class RegisterPageTest {

	static final List<ScaleLevel> THREE = List.of(new ScaleLevel(1, "Low", ""), new ScaleLevel(2, "Medium", ""),
			new ScaleLevel(3, "High", ""));

	@Test
	void rowsCarryTheirLinksTextsAndLevelClasses() {
		UUID risk = UUID.randomUUID();
		UUID asset = UUID.randomUUID();
		RiskListItem rated = new RiskListItem(risk, "Mail server down", RiskKind.ASSET_BASED, asset, "Mail server",
				"T-HWFAIL", "V-SPOF", new MemberRef(UUID.randomUUID(), "Pat Owner"), 3, 2, 0, 2, "Medium", false, true,
				Instant.now(), TreatmentState.UNTREATED);
		RiskListItem unrated = new RiskListItem(UUID.randomUUID(), "Office flooded", RiskKind.EVENT_BASED, null, null,
				null, null, null, 0, 0, 0, 0, "not rated", false, false, Instant.now(), TreatmentState.UNTREATED);
		RiskListItem accepted = new RiskListItem(UUID.randomUUID(), "Laptop lost", RiskKind.EVENT_BASED, null, null,
				null, null, null, 1, 1, 1, 1, "Low", true, false, Instant.now(), TreatmentState.UNTREATED);

		RegisterPage page = RegisterPage.of(List.of(rated, unrated, accepted), emptyMap(), null, "/ordo");

		RegisterPage.Row first = page.rows().get(0);
		assertThat(first.href()).isEqualTo("/ordo/risks/" + risk);
		assertThat(first.assetHref()).isEqualTo("/ordo/assets/" + asset);
		assertThat(first.kind()).isEqualTo("asset");
		assertThat(first.owner()).isEqualTo("Pat Owner");
		assertThat(first.inherent()).isEqualTo(new RegisterPage.Level("level-3", "3"));
		assertThat(first.residual()).isEqualTo(new RegisterPage.Level("level-0", "—"));
		assertThat(first.priority()).isEqualTo("Medium (treat)");
		assertThat(first.reassessmentDue()).isTrue();
		RegisterPage.Row second = page.rows().get(1);
		assertThat(second.kind()).isEqualTo("event");
		assertThat(second.assetHref()).isNull();
		assertThat(second.owner()).isEqualTo("—");
		assertThat(second.priority()).isEqualTo("not rated");
		assertThat(page.rows().get(2).priority()).isEqualTo("Low (accepted)");
	}

	@Test
	void eachRowHasATreatmentCellThatRiskTreatmentFillsForThePageInOneRequest() {
		UUID one = UUID.randomUUID();
		UUID two = UUID.randomUUID();
		List<RiskListItem> risks = List.of(
				new RiskListItem(one, "Mail server down", RiskKind.EVENT_BASED, null, null, null, null, null, 0, 0, 0,
						0, "not rated", false, false, Instant.now(), TreatmentState.UNTREATED),
				new RiskListItem(two, "Office flooded", RiskKind.EVENT_BASED, null, null, null, null, null, 0, 0, 0, 0,
						"not rated", false, false, Instant.now(), TreatmentState.UNTREATED));

		RegisterPage page = RegisterPage.of(risks, emptyMap(), null, "/ordo");

		// Without script the cell is a link to the treatment; the span's id is what risk treatment's answer replaces.
		assertThat(page.rows().get(0).treatment()).isEqualTo(
				"<span id=\"treatment-" + one + "\"><a href=\"/ordo/risks/" + one + "/treatment\">Treatment</a></span>");
		assertThat(page.treatmentStatusesHref()).isEqualTo("/ordo/risks/treatment/statuses?ids=" + one + "," + two);
		assertThat(RegisterPage.of(List.of(), emptyMap(), null, "/ordo").treatmentStatusesHref()).isNull();
	}

	@Test
	void theHeatMapRunsFromTheHighestLikelihoodDown() {
		HeatMap map = new HeatMap(RatingKind.CURRENT, THREE, THREE,
				List.of(List.of(0L, 1L, 0L), List.of(0L, 0L, 0L), List.of(0L, 0L, 7L)),
				List.of(List.of(1, 1, 2), List.of(1, 2, 3), List.of(2, 3, 3)), 0);

		RegisterPage page = RegisterPage.of(List.of(), map, null, "");

		assertThat(page.columns()).containsExactly("1 Low", "2 Medium", "3 High");
		assertThat(page.heatRows()).extracting(RegisterPage.HeatRow::label).containsExactly("3 High", "2 Medium",
				"1 Low");
		assertThat(page.heatRows().get(0).cells().get(2)).isEqualTo(new RegisterPage.HeatCell("cell-3-3", "level-3",
				"7", "/risks?map=CURRENT&likelihood=3&consequence=3", false));
		assertThat(page.heatRows().get(2).cells().get(1)).isEqualTo(new RegisterPage.HeatCell("cell-1-2", "level-1",
				"1", "/risks?map=CURRENT&likelihood=1&consequence=2", false));
		assertThat(page.heatRows().get(1).cells()).extracting(RegisterPage.HeatCell::text).containsOnly("");
		// An empty cell has nothing to show: no link.
		assertThat(page.heatRows().get(1).cells()).extracting(RegisterPage.HeatCell::href).containsOnlyNulls();
		assertThat(page.cell()).isNull();
	}

	@Test
	void theCellTheRegisterIsFilteredByIsMarkedAndNamed() {
		HeatMap map = new HeatMap(RatingKind.RESIDUAL, THREE, THREE,
				List.of(List.of(0L, 1L, 0L), List.of(0L, 0L, 0L), List.of(0L, 0L, 7L)),
				List.of(List.of(1, 1, 2), List.of(1, 2, 3), List.of(2, 3, 3)), 0);

		RegisterPage page = RegisterPage.of(List.of(), map, new RatingCell(RatingKind.RESIDUAL, 3, 3), "/ordo");

		RegisterPage.HeatCell chosen = page.heatRows().get(0).cells().get(2);
		assertThat(chosen.selected()).isTrue();
		assertThat(chosen.css()).isEqualTo("level-3 selected");
		assertThat(chosen.href()).isEqualTo("/ordo/risks?map=RESIDUAL&likelihood=3&consequence=3");
		assertThat(page.heatRows().stream().flatMap(r -> r.cells().stream()).filter(RegisterPage.HeatCell::selected))
			.hasSize(1);
		assertThat(page.cell()).isEqualTo("3 High × 3 High");
		assertThat(chosen.html()).isEqualTo("<a href=\"/ordo/risks?map=RESIDUAL&amp;likelihood=3&amp;consequence=3\" "
				+ "title=\"Show these risks\" aria-current=\"true\">7</a>");
		assertThat(page.heatRows().get(1).cells().get(0).html()).isEmpty();
	}

	private static HeatMap emptyMap() {
		return new HeatMap(RatingKind.CURRENT, THREE, THREE,
				List.of(List.of(0L, 0L, 0L), List.of(0L, 0L, 0L), List.of(0L, 0L, 0L)),
				List.of(List.of(1, 1, 2), List.of(1, 2, 3), List.of(2, 3, 3)), 0);
	}
}
