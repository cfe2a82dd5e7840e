package dev.ordo.riskassessment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.ordo.shared.InvalidInput;

class CriteriaModelTest {

	@Test
	void theDefaultsAreValidAndGiveLevelsFromTheMatrix() {
		CriteriaModel model = CriteriaModel.defaults();
		model.validate();
		assertThat(model.level(1, 1)).isEqualTo(1);
		assertThat(model.level(5, 5)).isEqualTo(5);
		assertThat(model.level(4, 2)).isEqualTo(3);
		assertThat(model.levelName(3)).isEqualTo("Medium");
		assertThat(model.acceptable(2)).isTrue();
		assertThat(model.acceptable(3)).isFalse();
		assertThat(model.acceptable(0)).isFalse();
	}

	@Test
	void remappingKeepsTheEndsAndTheOrderAndRoundsHalvesUp() {
		// 5 -> 3: 1,2,3,4,5 -> 1,2,2,3,3 (2 is at 0.5 of a step: rounds up).
		assertThat(List.of(1, 2, 3, 4, 5).stream().map(p -> CriteriaModel.remap(p, 5, 3)).toList())
			.containsExactly(1, 2, 2, 3, 3);
		// 3 -> 5: 1,2,3 -> 1,3,5.
		assertThat(List.of(1, 2, 3).stream().map(p -> CriteriaModel.remap(p, 3, 5)).toList()).containsExactly(1, 3, 5);
		// 5 -> 7 and 4 -> 6.
		assertThat(List.of(1, 2, 3, 4, 5).stream().map(p -> CriteriaModel.remap(p, 5, 7)).toList())
			.containsExactly(1, 3, 4, 6, 7);
		assertThat(List.of(1, 2, 3, 4).stream().map(p -> CriteriaModel.remap(p, 4, 6)).toList())
			.containsExactly(1, 3, 4, 6);
		// Same length: unchanged.
		assertThat(CriteriaModel.remap(4, 5, 5)).isEqualTo(4);
		for (int n = 3; n <= 7; n++) {
			for (int m = 3; m <= 7; m++) {
				int previous = 0;
				for (int p = 1; p <= n; p++) {
					int mapped = CriteriaModel.remap(p, n, m);
					assertThat(mapped).isBetween(1, m).isGreaterThanOrEqualTo(previous);
					previous = mapped;
				}
				assertThat(CriteriaModel.remap(1, n, m)).isEqualTo(1);
				assertThat(CriteriaModel.remap(n, n, m)).isEqualTo(m);
			}
		}
	}

	@Test
	void theRemappingCoversEveryPairOfPositionsOnce() {
		CriteriaModel old = CriteriaModel.defaults();
		List<List<Integer>> matrix = List.of(List.of(1, 1, 2), List.of(1, 1, 3), List.of(2, 3, 3));
		CriteriaModel next = new CriteriaModel(old.likelihood().subList(0, 3), old.consequence().subList(0, 3),
				old.riskLevels().subList(0, 3), old.categories(), matrix, 1, null);
		List<CriteriaModel.Remapped> remapping = old.remapping(next);
		// Every pair up to 7 × 7 onto the shorter scales (positions beyond the old scale clamp to its end).
		assertThat(remapping).hasSize(49);
		assertThat(remapping).contains(new CriteriaModel.Remapped(4, 2, 3, 2, 3),
				new CriteriaModel.Remapped(2, 2, 2, 2, 1), new CriteriaModel.Remapped(1, 1, 1, 1, 1),
				new CriteriaModel.Remapped(7, 6, 3, 3, 3));
		// The same scales keep every position; a position beyond them has nothing to be re-mapped to.
		List<CriteriaModel.Remapped> same = old.remapping(old);
		assertThat(same).hasSize(25).allSatisfy(p -> {
			assertThat(p.likelihood()).isEqualTo(p.fromLikelihood());
			assertThat(p.consequence()).isEqualTo(p.fromConsequence());
			assertThat(p.level()).isEqualTo(old.level(p.likelihood(), p.consequence()));
		});
	}

	@Test
	void aMatrixForNewScalesFollowsTheOldOneAndStaysValid() {
		CriteriaModel old = CriteriaModel.defaults();
		List<List<Integer>> matrix = CriteriaModel.remapMatrix(old, 3, 4, 4);
		assertThat(matrix).hasSize(3).allSatisfy(row -> assertThat(row).hasSize(4));
		assertThat(matrix.get(0).get(0)).isEqualTo(1);
		assertThat(matrix.get(2).get(3)).isEqualTo(4);
		new CriteriaModel(old.likelihood().subList(0, 3), old.consequence().subList(0, 4), old.riskLevels().subList(0, 4),
				old.categories(), matrix, 2, 30).validate();
	}

	@Test
	void theReassessmentIntervalIsOneDayToTenYearsOrTheDefault() {
		CriteriaModel d = CriteriaModel.defaults();
		for (Integer days : new Integer[] { null, 1, 3650 }) {
			new CriteriaModel(d.likelihood(), d.consequence(), d.riskLevels(), d.categories(), d.matrix(), 2, days)
				.validate();
		}
		for (int days : new int[] { -1, 0, 3651 }) {
			CriteriaModel bad = new CriteriaModel(d.likelihood(), d.consequence(), d.riskLevels(), d.categories(),
					d.matrix(), 2, days);
			assertThatThrownBy(bad::validate).isInstanceOfSatisfying(InvalidInput.class,
					e -> assertThat(e.fieldErrors()).containsOnlyKeys("reassessmentIntervalDays"));
		}
	}

	@Test
	void invalidCriteriaAreRejectedWithEveryProblemAtOnce() {
		CriteriaModel d = CriteriaModel.defaults();
		CriteriaModel bad = new CriteriaModel(d.likelihood().subList(0, 2), d.consequence(), d.riskLevels(), List.of(),
				d.matrix(), 9, 0);
		assertThatThrownBy(bad::validate).isInstanceOfSatisfying(InvalidInput.class,
				e -> assertThat(e.fieldErrors()).containsKeys("likelihood", "consequenceCategories",
						"acceptanceThreshold", "matrix", "reassessmentIntervalDays"));
		CriteriaModel decreasing = new CriteriaModel(d.likelihood(), d.consequence(), d.riskLevels(), d.categories(),
				List.of(List.of(5, 1, 2, 2, 2), List.of(1, 2, 2, 3, 3), List.of(2, 2, 3, 4, 4), List.of(2, 3, 4, 4, 5),
						List.of(3, 4, 4, 5, 5)), 2, null);
		assertThatThrownBy(decreasing::validate).isInstanceOfSatisfying(InvalidInput.class,
				e -> assertThat(e.fieldErrors()).containsOnlyKeys("matrix"));
	}

	@Test
	void aCategoryChangedInPlaceIsARenameAndAnythingElseIsNot() {
		List<String> old = List.of("Financial", "Legal", "Reputational");
		assertThat(CriteriaModel.categoryRenames(old, List.of("Financial loss", "Legal", "Reputational")))
			.containsExactly(java.util.Map.entry("Financial", "Financial loss"));
		// Reordered, added or removed: no rename, the risks keep what they had.
		assertThat(CriteriaModel.categoryRenames(old, List.of("Legal", "Financial", "Reputational"))).isEmpty();
		assertThat(CriteriaModel.categoryRenames(old, List.of("Financial", "Legal", "Reputational", "Safety")))
			.isEmpty();
		assertThat(CriteriaModel.categoryRenames(old, List.of("Financial", "Legal"))).isEmpty();
		// A new name that was another category's is a swap, not a rename.
		assertThat(CriteriaModel.categoryRenames(old, List.of("Legal", "Legal", "Reputational"))).isEmpty();
		assertThat(CriteriaModel.categoryRenames(old, old)).isEmpty();
	}
}
