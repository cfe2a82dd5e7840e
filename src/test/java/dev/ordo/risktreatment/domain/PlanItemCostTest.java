package dev.ordo.risktreatment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PlanItemCostTest {

	@ParameterizedTest
	@CsvSource({ "1200, 1200", "'1,200', 1200", "1200.5, 1200.5", "'1,200.50', 1200.50", "'12,345,678', 12345678",
			"0, 0", "' 99.99 ', 99.99", "007, 7" })
	void anAmountWithAPointForDecimalsAndCommasBetweenThousandsIsACost(String text, String value) {
		assertThat(PlanItemCost.problem(text)).isNull();
		assertThat(PlanItemCost.parse(text)).isEqualByComparingTo(value);
	}

	@ParameterizedTest
	@ValueSource(strings = { "1,20", "1,2000", "1.200,50", "1,200,5", ",200", "1,", "abc", "1 200", "12e3", "€100",
			"+5", "1.2.3" })
	void anythingElseIsRefusedWithTheRule(String text) {
		assertThat(PlanItemCost.problem(text)).isEqualTo(PlanItemCost.RULE);
		assertThatThrownBy(() -> PlanItemCost.parse(text)).isInstanceOf(IllegalArgumentException.class);
	}

	@ParameterizedTest
	@ValueSource(strings = { "-1", "-1,200", "- 5" })
	void aNegativeAmountIsRefusedAsSuch(String text) {
		assertThat(PlanItemCost.problem(text)).isEqualTo(PlanItemCost.NEGATIVE);
	}

	@ParameterizedTest
	@ValueSource(strings = { "1.200", "0.001" })
	void moreThanTwoDecimalsAreRefused(String text) {
		assertThat(PlanItemCost.problem(text)).isEqualTo(PlanItemCost.TOO_MANY_DECIMALS);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", " " })
	void noTextIsNoCost(String text) {
		assertThat(PlanItemCost.problem(text)).isNull();
		assertThat(PlanItemCost.parse(text)).isNull();
		assertThat(PlanItemCost.parse(null)).isNull();
	}

	@ParameterizedTest
	@ValueSource(strings = { "1000000000000", "1,000,000,000,000.00" })
	void aTrillionIsTooLarge(String text) {
		assertThat(PlanItemCost.problem(text)).isEqualTo(PlanItemCost.TOO_LARGE);
	}
}
