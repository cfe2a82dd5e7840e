package dev.ordo.riskassessment.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.ordo.shared.InvalidInput;

/**
 * Risk criteria as values, with the rules that use them: the level of a rating (matrix look-up), acceptance, and the
 * re-mapping of ratings when the scales change.
 *
 * <p><b>Re-mapping rule (proportional, ends kept):</b> a position {@code p} on an old scale of {@code n} steps moves to
 * {@code 1 + round((p - 1) × (m - 1) / (n - 1))} on a new scale of {@code m} steps, rounding halves up. The lowest step
 * stays the lowest, the highest stays the highest, and the order of any two ratings never flips. The level is then
 * looked up again in the new matrix. A scale of the same length keeps every position.
 *
 * <p>{@code reassessmentIntervalDays} is the organization's planned interval of risk assessment (ISO/IEC 27001 8.2),
 * {@code null} for the configured default.
 */
public record CriteriaModel(List<Level> likelihood, List<Level> consequence, List<Level> riskLevels,
		List<String> categories, List<List<Integer>> matrix, int acceptanceThreshold,
		Integer reassessmentIntervalDays) {

	public static final int MIN_SCALE = 3;

	public static final int MAX_SCALE = 7;

	/**
	 * The longest reassessment interval: ten years. Longer is no plan for 8.2; a mistyped number (36500 for 365)
	 * would silently stop periodic reassessment.
	 */
	public static final int MAX_REASSESSMENT_INTERVAL_DAYS = 3650;

	public record Level(String name, String description) {
	}

	public int level(int likelihoodPosition, int consequencePosition) {
		return matrix.get(likelihoodPosition - 1).get(consequencePosition - 1);
	}

	public boolean acceptable(int level) {
		return level > 0 && level <= acceptanceThreshold;
	}

	public String levelName(int level) {
		return level < 1 || level > riskLevels.size() ? "not rated" : riskLevels.get(level - 1).name();
	}

	public static int remap(int position, int oldSteps, int newSteps) {
		if (oldSteps == newSteps) {
			return position;
		}
		if (oldSteps <= 1) {
			return 1;
		}
		int clamped = Math.max(1, Math.min(position, oldSteps));
		// Integer arithmetic: round half up of (p-1)(m-1)/(n-1).
		long numerator = 2L * (clamped - 1) * (newSteps - 1) + (oldSteps - 1);
		return 1 + (int) (numerator / (2L * (oldSteps - 1)));
	}

	/** Checks the criteria and throws every problem at once. */
	public void validate() {
		InvalidInput.Collector errors = new InvalidInput.Collector();
		checkScale(errors, "likelihood", likelihood, MIN_SCALE, MAX_SCALE);
		checkScale(errors, "consequence", consequence, MIN_SCALE, MAX_SCALE);
		checkScale(errors, "riskLevels", riskLevels, 2, MAX_SCALE);
		if (categories == null || categories.isEmpty() || categories.size() > 12
				|| categories.stream().anyMatch(c -> c == null || c.isBlank() || c.length() > 100)) {
			errors.reject("consequenceCategories", "must have 1 to 12 names of at most 100 characters");
		}
		int levels = riskLevels == null ? 0 : riskLevels.size();
		errors.rejectIf(acceptanceThreshold < 1 || acceptanceThreshold > Math.max(levels, 1), "acceptanceThreshold",
				"must be a risk level from 1 to " + Math.max(levels, 1));
		errors.rejectIf(reassessmentIntervalDays != null && (reassessmentIntervalDays < 1
				|| reassessmentIntervalDays > MAX_REASSESSMENT_INTERVAL_DAYS), "reassessmentIntervalDays",
				"must be a number of days from 1 to " + MAX_REASSESSMENT_INTERVAL_DAYS
						+ " (ten years); leave it empty for the configured default");
		if (likelihood != null && consequence != null) {
			boolean shape = matrix != null && matrix.size() == likelihood.size()
					&& matrix.stream().allMatch(row -> row != null && row.size() == consequence.size());
			if (!shape) {
				errors.reject("matrix", "must have one row per likelihood level (" + likelihood.size()
						+ ") and one column per consequence level (" + consequence.size() + ")");
			}
			else if (matrix.stream().flatMap(List::stream).anyMatch(v -> v == null || v < 1 || v > levels)) {
				errors.reject("matrix", "every cell must be a risk level from 1 to " + levels);
			}
			else if (!monotone()) {
				errors.reject("matrix", "a higher likelihood or consequence must never give a lower risk level");
			}
		}
		errors.throwIfAny();
	}

	private boolean monotone() {
		for (int l = 0; l < matrix.size(); l++) {
			for (int c = 0; c < matrix.get(l).size(); c++) {
				int v = matrix.get(l).get(c);
				if (l > 0 && matrix.get(l - 1).get(c) > v || c > 0 && matrix.get(l).get(c - 1) > v) {
					return false;
				}
			}
		}
		return true;
	}

	private static void checkScale(InvalidInput.Collector errors, String field, List<Level> scale, int min, int max) {
		if (scale == null || scale.size() < min || scale.size() > max) {
			errors.reject(field, "must have " + min + " to " + max + " levels");
		}
		else if (scale.stream().anyMatch(l -> l == null || l.name() == null || l.name().isBlank()
				|| l.name().length() > 60 || l.description() != null && l.description().length() > 500)) {
			errors.reject(field, "every level needs a name (at most 60 characters; descriptions at most 500)");
		}
	}

	/**
	 * What a rating at a pair of positions becomes under {@code next}: the positions by {@link #remap} and the level
	 * from {@code next}'s matrix.
	 */
	public record Remapped(int fromLikelihood, int fromConsequence, int likelihood, int consequence, int level) {
	}

	/**
	 * The re-mapping to {@code next} of every pair of positions a rating can hold (at most 7 × 7, whatever the number of
	 * ratings): the rule applied once per pair, so a change of criteria can re-map all ratings with a few statements.
	 * Positions up to {@link #MAX_SCALE} are covered, beyond this scale's length too, as {@link #remap} clamps them;
	 * only a position that fits neither scale (same length, so kept as it is) has no re-mapping.
	 */
	public List<Remapped> remapping(CriteriaModel next) {
		List<Remapped> pairs = new ArrayList<>();
		for (int l = 1; l <= MAX_SCALE; l++) {
			for (int c = 1; c <= MAX_SCALE; c++) {
				int toL = remap(l, likelihood.size(), next.likelihood().size());
				int toC = remap(c, consequence.size(), next.consequence().size());
				if (toL <= next.likelihood().size() && toC <= next.consequence().size()) {
					pairs.add(new Remapped(l, c, toL, toC, next.level(toL, toC)));
				}
			}
		}
		return pairs;
	}

	/**
	 * A matrix proposed for new scales when none is given: each cell takes the level of the old cell its positions
	 * map back to, so a change of scale length keeps the shape of the organization's appetite.
	 */
	public static List<List<Integer>> remapMatrix(CriteriaModel old, int likelihoodSteps, int consequenceSteps,
			int riskLevels) {
		List<List<Integer>> rows = new ArrayList<>();
		for (int l = 1; l <= likelihoodSteps; l++) {
			List<Integer> row = new ArrayList<>();
			for (int c = 1; c <= consequenceSteps; c++) {
				int oldLevel = old.level(remap(l, likelihoodSteps, old.likelihood().size()),
						remap(c, consequenceSteps, old.consequence().size()));
				row.add(remap(oldLevel, old.riskLevels().size(), riskLevels));
			}
			rows.add(row);
		}
		return rows;
	}

	/** Ordo's defaults: 5×5 with five risk levels, accepted up to "low", the configured reassessment interval. */
	public static CriteriaModel defaults() {
		return new CriteriaModel(
				List.of(new Level("Rare", "Not expected within ten years; would need exceptional circumstances"),
						new Level("Unlikely", "Could happen once in five to ten years"),
						new Level("Possible", "Could happen once in one to five years"),
						new Level("Likely", "Expected about once a year"),
						new Level("Almost certain", "Expected several times a year")),
				List.of(new Level("Negligible", "Hardly noticed; handled in normal operation"),
						new Level("Minor", "Noticeable inconvenience; small loss, quickly recovered"),
						new Level("Moderate", "Clear harm to operations, customers or finances; recovered in days"),
						new Level("Major", "Serious harm; legal or contractual breach, lasting reputational damage"),
						new Level("Severe", "Threatens the organization's existence or people's safety")),
				List.of(new Level("Very low", "Accept; no action needed"),
						new Level("Low", "Accept; watch at the next review"),
						new Level("Medium", "Treat within the planning cycle"),
						new Level("High", "Treat with priority; top management informed"),
						new Level("Very high", "Act at once; top management decides")),
				List.of("Financial", "Legal and regulatory", "Reputational", "Operational", "Safety"),
				List.of(List.of(1, 1, 2, 2, 2), List.of(1, 2, 2, 3, 3), List.of(2, 2, 3, 4, 4),
						List.of(2, 3, 4, 4, 5), List.of(3, 4, 4, 5, 5)),
				2, null);
	}

	/**
	 * The consequence categories renamed by a change of the criteria, old name to new: a category changed in place
	 * (same position, the list as long as before) whose old name is gone and whose new name is new. Removed, added or
	 * reordered categories are no renames; their risks keep the category they had.
	 */
	public static Map<String, String> categoryRenames(List<String> old, List<String> next) {
		Map<String, String> renames = new LinkedHashMap<>();
		if (old == null || next == null || old.size() != next.size()) {
			return renames;
		}
		for (int i = 0; i < old.size(); i++) {
			String from = old.get(i);
			String to = next.get(i);
			if (from != null && to != null && !from.equals(to) && !next.contains(from) && !old.contains(to)) {
				renames.put(from, to);
			}
		}
		return renames;
	}
}
