package dev.ordo.riskassessment.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import dev.ordo.riskassessment.RiskCriteriaRequest;
import dev.ordo.riskassessment.RiskCriteriaView;
import dev.ordo.riskassessment.domain.CriteriaModel;
import dev.ordo.shared.InvalidInput;

/**
 * The risk criteria as the criteria page edits them (ISO/IEC 27001 6.1.2 a): each scale as {@value #SLOTS} rows of
 * name and description, of which empty trailing rows are left out; the consequence categories one per line; the
 * matrix as a grid of risk level positions, rows = likelihood positions low to high, columns = consequence positions.
 * The grid has the size it was shown with ({@code matrixRows} × {@code matrixColumns}, for {@code matrixLevels} risk
 * levels); {@link #resized()} fits it to the scales as they are filled in, keeping what was entered. Values are read
 * as text, so that anything unexpected gets a message next to its field rather than a conversion error.
 */
public class RiskCriteriaForm {

	/** Row slots per scale: the most levels a scale may have. */
	public static final int SLOTS = CriteriaModel.MAX_SCALE;

	private List<LevelRow> likelihood = rows(List.of());

	private List<LevelRow> consequence = rows(List.of());

	private List<LevelRow> riskLevels = rows(List.of());

	private String consequenceCategories = "";

	private List<MatrixRow> matrix = grid(List.of());

	private int matrixRows;

	private int matrixColumns;

	private int matrixLevels;

	private String acceptanceThreshold;

	private String reason;

	/** The version of the criteria the form was opened on (0: Ordo's defaults); saving after another change is refused. */
	private Long version;

	/** One step of a scale as edited: blank name and description together mean "no level". */
	public static class LevelRow {

		private String name = "";

		private String description = "";

		public LevelRow() {
		}

		LevelRow(String name, String description) {
			this.name = name == null ? "" : name;
			this.description = description == null ? "" : description;
		}

		boolean empty() {
			return (name == null || name.isBlank()) && (description == null || description.isBlank());
		}

		public String getName() {
			return name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public String getDescription() {
			return description;
		}

		public void setDescription(String description) {
			this.description = description;
		}
	}

	/** One likelihood position of the matrix: the risk level position for each consequence position. */
	public static class MatrixRow {

		private List<String> cells = new ArrayList<>(Arrays.asList(new String[SLOTS]));

		public List<String> getCells() {
			return cells;
		}

		public void setCells(List<String> cells) {
			this.cells = cells;
		}
	}

	static RiskCriteriaForm of(RiskCriteriaView criteria) {
		RiskCriteriaForm form = new RiskCriteriaForm();
		form.version = criteria.version();
		form.likelihood = rows(criteria.likelihood());
		form.consequence = rows(criteria.consequence());
		form.riskLevels = rows(criteria.riskLevels());
		form.consequenceCategories = String.join("\n", criteria.consequenceCategories());
		form.matrix = grid(criteria.matrix());
		form.matrixRows = criteria.likelihood().size();
		form.matrixColumns = criteria.consequence().size();
		form.matrixLevels = criteria.riskLevels().size();
		form.acceptanceThreshold = Integer.toString(criteria.acceptanceThreshold());
		return form;
	}

	private static List<LevelRow> rows(List<RiskCriteriaView.ScaleLevel> levels) {
		List<LevelRow> rows = new ArrayList<>();
		levels.forEach(l -> rows.add(new LevelRow(l.name(), l.description())));
		while (rows.size() < SLOTS) {
			rows.add(new LevelRow());
		}
		return rows;
	}

	private static List<MatrixRow> grid(List<List<Integer>> values) {
		List<MatrixRow> rows = new ArrayList<>();
		for (int l = 0; l < SLOTS; l++) {
			MatrixRow row = new MatrixRow();
			for (int c = 0; l < values.size() && c < values.get(l).size() && c < SLOTS; c++) {
				Integer v = values.get(l).get(c);
				row.cells.set(c, v == null ? null : v.toString());
			}
			rows.add(row);
		}
		return rows;
	}

	/** The levels entered, up to the last non-empty row; an empty row in between stays (and needs a name). */
	static List<RiskCriteriaRequest.Level> levels(List<LevelRow> rows) {
		int last = -1;
		for (int i = 0; i < rows.size(); i++) {
			if (rows.get(i) != null && !rows.get(i).empty()) {
				last = i;
			}
		}
		List<RiskCriteriaRequest.Level> levels = new ArrayList<>();
		for (int i = 0; i <= last; i++) {
			LevelRow row = rows.get(i) == null ? new LevelRow() : rows.get(i);
			levels.add(new RiskCriteriaRequest.Level(row.name == null ? "" : row.name.trim(), row.description));
		}
		return levels;
	}

	public int likelihoodCount() {
		return levels(likelihood).size();
	}

	public int consequenceCount() {
		return levels(consequence).size();
	}

	public int riskLevelCount() {
		return levels(riskLevels).size();
	}

	/** The name of a risk level position (1-based) for the selects, as currently entered. */
	public String riskLevelName(int position) {
		List<RiskCriteriaRequest.Level> levels = levels(riskLevels);
		String name = position >= 1 && position <= levels.size() ? levels.get(position - 1).name() : "";
		return name.isBlank() ? "Level " + position : position + " " + name;
	}

	private static Integer number(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(text.trim());
		}
		catch (NumberFormatException e) {
			return null;
		}
	}

	/**
	 * The grid fitted to the scales as entered: a cell that was shown keeps its value (re-mapped proportionally when
	 * the number of risk levels changed); a new cell takes the value of the {@code current} criteria's matrix derived
	 * for the new sizes by the re-mapping rule. Scales outside the allowed sizes leave the grid as it is and are
	 * reported on their fields.
	 */
	RiskCriteriaForm resized(CriteriaModel current) {
		int rows = likelihoodCount();
		int columns = consequenceCount();
		int levels = riskLevelCount();
		InvalidInput.Collector errors = new InvalidInput.Collector();
		errors.rejectIf(rows < CriteriaModel.MIN_SCALE || rows > SLOTS, "likelihood",
				"must have " + CriteriaModel.MIN_SCALE + " to " + SLOTS + " levels");
		errors.rejectIf(columns < CriteriaModel.MIN_SCALE || columns > SLOTS, "consequence",
				"must have " + CriteriaModel.MIN_SCALE + " to " + SLOTS + " levels");
		errors.rejectIf(levels < 2 || levels > SLOTS, "riskLevels", "must have 2 to " + SLOTS + " levels");
		errors.throwIfAny();
		List<List<Integer>> proposal = CriteriaModel.remapMatrix(current, rows, columns, levels);
		List<List<Integer>> values = new ArrayList<>();
		for (int l = 0; l < rows; l++) {
			List<Integer> row = new ArrayList<>();
			for (int c = 0; c < columns; c++) {
				Integer shown = l < matrixRows && c < matrixColumns && l < matrix.size() ? number(cell(l, c)) : null;
				if (shown != null && matrixLevels >= 1 && shown >= 1 && shown <= matrixLevels) {
					row.add(CriteriaModel.remap(shown, matrixLevels, levels));
				}
				else {
					row.add(proposal.get(l).get(c));
				}
			}
			values.add(row);
		}
		Integer threshold = number(acceptanceThreshold);
		if (threshold != null && matrixLevels >= 1 && threshold >= 1 && threshold <= matrixLevels) {
			acceptanceThreshold = Integer.toString(CriteriaModel.remap(threshold, matrixLevels, levels));
		}
		else {
			acceptanceThreshold = Integer.toString(
					CriteriaModel.remap(current.acceptanceThreshold(), current.riskLevels().size(), levels));
		}
		matrix = grid(values);
		matrixRows = rows;
		matrixColumns = columns;
		matrixLevels = levels;
		return this;
	}

	private String cell(int l, int c) {
		MatrixRow row = matrix.get(l);
		return row == null || row.cells == null || c >= row.cells.size() ? null : row.cells.get(c);
	}

	/**
	 * The change as the API takes it (the reassessment interval is left as it is). Problems of the form itself — no
	 * reason, a grid that does not fit the scales — come first; the criteria's own rules are the service's.
	 */
	RiskCriteriaRequest request() {
		List<RiskCriteriaRequest.Level> l = levels(likelihood);
		List<RiskCriteriaRequest.Level> c = levels(consequence);
		List<RiskCriteriaRequest.Level> r = levels(riskLevels);
		InvalidInput.Collector errors = new InvalidInput.Collector();
		errors.rejectIf(reason == null || reason.isBlank(), "reason", "give a reason for the change");
		boolean sizesShown = l.size() == matrixRows && c.size() == matrixColumns && r.size() == matrixLevels;
		errors.rejectIf(!sizesShown, "matrix", "the matrix was shown for " + matrixRows + " likelihood, "
				+ matrixColumns + " consequence and " + matrixLevels + " risk levels; the scales now have " + l.size()
				+ ", " + c.size() + " and " + r.size() + ": fit the matrix to the scales and check it before saving");
		errors.throwIfAny();
		List<List<Integer>> values = new ArrayList<>();
		for (int i = 0; i < matrixRows; i++) {
			List<Integer> row = new ArrayList<>();
			for (int j = 0; j < matrixColumns; j++) {
				row.add(i < matrix.size() ? number(cell(i, j)) : null);
			}
			values.add(row);
		}
		List<String> categories = consequenceCategories == null ? List.of()
				: consequenceCategories.lines().map(String::trim).filter(s -> !s.isEmpty()).toList();
		Integer threshold = number(acceptanceThreshold);
		return new RiskCriteriaRequest(l, c, r, categories, values, threshold == null ? 0 : threshold, null, null,
				reason.trim());
	}

	public List<LevelRow> getLikelihood() {
		return likelihood;
	}

	public void setLikelihood(List<LevelRow> likelihood) {
		this.likelihood = likelihood;
	}

	public List<LevelRow> getConsequence() {
		return consequence;
	}

	public void setConsequence(List<LevelRow> consequence) {
		this.consequence = consequence;
	}

	public List<LevelRow> getRiskLevels() {
		return riskLevels;
	}

	public void setRiskLevels(List<LevelRow> riskLevels) {
		this.riskLevels = riskLevels;
	}

	public String getConsequenceCategories() {
		return consequenceCategories;
	}

	public void setConsequenceCategories(String consequenceCategories) {
		this.consequenceCategories = consequenceCategories;
	}

	public List<MatrixRow> getMatrix() {
		return matrix;
	}

	public void setMatrix(List<MatrixRow> matrix) {
		this.matrix = matrix;
	}

	public int getMatrixRows() {
		return matrixRows;
	}

	public void setMatrixRows(int matrixRows) {
		this.matrixRows = Math.max(0, Math.min(matrixRows, SLOTS));
	}

	public int getMatrixColumns() {
		return matrixColumns;
	}

	public void setMatrixColumns(int matrixColumns) {
		this.matrixColumns = Math.max(0, Math.min(matrixColumns, SLOTS));
	}

	public int getMatrixLevels() {
		return matrixLevels;
	}

	public void setMatrixLevels(int matrixLevels) {
		this.matrixLevels = Math.max(0, Math.min(matrixLevels, SLOTS));
	}

	public String getAcceptanceThreshold() {
		return acceptanceThreshold;
	}

	public void setAcceptanceThreshold(String acceptanceThreshold) {
		this.acceptanceThreshold = acceptanceThreshold;
	}

	public String getReason() {
		return reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}
}
