package dev.ordo.riskassessment.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.web.util.HtmlUtils;

import dev.ordo.riskassessment.HeatMap;
import dev.ordo.riskassessment.RiskCriteriaView.ScaleLevel;
import dev.ordo.riskassessment.RiskKind;
import dev.ordo.riskassessment.RiskListItem;
import dev.ordo.riskassessment.domain.ListQueries.RatingCell;

/**
 * The risk register page's rows and heat map (ISO/IEC 27001 6.1.2 d and e, TS 27022 7.4: the prioritized risk list
 * and the levels of risk) with their texts, links and colour classes written out. Computed in the template, with
 * conditionals, concatenations and list indexes, they were a large part of the page's CPU (async-profiler,
 * docs/performance.md); here the template only reads properties. Public, as are their accessors, so that Spring's
 * expression compiler can call them directly: on a package-private record the template's reads went through
 * reflection and cost twice what the computed expressions had.
 *
 * @param rows the page's risks, in the register's order
 * @param columns the heat map's consequence headings
 * @param heatRows the heat map's rows, from the highest likelihood down
 * @param cell the heat map cell whose risks the register shows ("3 Possible × 5 Severe"), {@code null} for none
 * @param treatmentStatusesHref where the page's treatment column is filled from: risk treatment's fragment of the
 *        page's risks' treatment statuses, loaded by htmx in one request, {@code null} for a page without risks
 */
public record RegisterPage(List<Row> rows, List<String> columns, List<HeatRow> heatRows, String cell,
		String treatmentStatusesHref) {

	/**
	 * A risk of the register as its row shows it; {@code assetHref} is null for an event-based risk.
	 * {@code treatment} is the markup of its treatment cell: a link to the risk's treatment in a {@code span} with
	 * id {@code treatment-<risk id>}, which risk treatment's answer replaces with the treatment's status. Risk
	 * assessment comes first in TS 27022 and does not read treatments; without script the link stays.
	 */
	public record Row(String href, String title, String kind, String assetHref, String assetName, String owner,
			Level inherent, Level current, Level residual, String priority, boolean reassessmentDue,
			String treatment) {
	}

	/** A level cell: its colour class and its text ("—" while not rated). */
	public record Level(String css, String text) {

		static Level of(int level) {
			return new Level("level-" + level, level > 0 ? Integer.toString(level) : "—");
		}
	}

	public record HeatRow(String label, List<HeatCell> cells) {
	}

	/**
	 * {@code id} is {@code cell-<likelihood>-<consequence>}; {@code text} is empty for an empty cell, which has no
	 * {@code href} (the register filtered by the cell); {@code selected} is the cell the register shows.
	 */
	public record HeatCell(String id, String css, String text, String href, boolean selected) {

		/**
		 * The cell's content as markup: its link, or nothing. Written here rather than with four attribute processors
		 * per cell in the template, which the register page runs for all 25-49 cells on every read.
		 */
		public String html() {
			return href == null ? ""
					: "<a href=\"" + HtmlUtils.htmlEscape(href) + "\" title=\"Show these risks\""
							+ (selected ? " aria-current=\"true\"" : "") + ">" + text + "</a>";
		}
	}

	/**
	 * {@code base} is the application's context path, the links' prefix; {@code selected} the cell the register is
	 * filtered by, if any.
	 */
	static RegisterPage of(List<RiskListItem> risks, HeatMap map, RatingCell selected, String base) {
		List<Row> rows = new ArrayList<>(risks.size());
		String escapedBase = HtmlUtils.htmlEscape(base);
		StringBuilder ids = new StringBuilder();
		for (RiskListItem r : risks) {
			String priority = r.priorityLevelName()
					+ (r.priorityLevel() > 0 ? (r.acceptable() ? " (accepted)" : " (treat)") : "");
			rows.add(new Row(base + "/risks/" + r.id(), r.title(), r.kind() == RiskKind.ASSET_BASED ? "asset" : "event",
					r.assetId() == null ? null : base + "/assets/" + r.assetId(), r.assetName(),
					r.owner() != null ? r.owner().displayName() : "—", Level.of(r.inherentLevel()),
					Level.of(r.currentLevel()), Level.of(r.residualLevel()), priority, r.reassessmentDue(),
					"<span id=\"treatment-" + r.id() + "\"><a href=\"" + escapedBase + "/risks/" + r.id()
							+ "/treatment\">Treatment</a></span>"));
			ids.append(ids.isEmpty() ? "" : ",").append(r.id());
		}
		List<HeatRow> heatRows = new ArrayList<>();
		for (int i = map.likelihood().size() - 1; i >= 0; i--) {
			List<HeatCell> cells = new ArrayList<>();
			for (int j = 0; j < map.consequence().size(); j++) {
				long count = map.cells().get(i).get(j);
				boolean chosen = selected != null && selected.likelihood() == i + 1 && selected.consequence() == j + 1;
				cells.add(new HeatCell("cell-" + (i + 1) + "-" + (j + 1),
						"level-" + map.levels().get(i).get(j) + (chosen ? " selected" : ""),
						count == 0 ? "" : Long.toString(count), count == 0 ? null : base + "/risks?map=" + map.kind()
								+ "&likelihood=" + (i + 1) + "&consequence=" + (j + 1), chosen));
			}
			heatRows.add(new HeatRow(label(map.likelihood().get(i)), cells));
		}
		String cell = selected == null || selected.likelihood() > map.likelihood().size()
				|| selected.consequence() > map.consequence().size() ? null
						: label(map.likelihood().get(selected.likelihood() - 1)) + " × "
								+ label(map.consequence().get(selected.consequence() - 1));
		return new RegisterPage(rows, map.consequence().stream().map(RegisterPage::label).toList(), heatRows, cell,
				rows.isEmpty() ? null : base + "/risks/treatment/statuses?ids=" + ids);
	}

	private static String label(ScaleLevel level) {
		return level.value() + " " + level.name();
	}
}
