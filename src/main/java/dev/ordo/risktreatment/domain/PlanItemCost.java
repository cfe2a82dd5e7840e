package dev.ordo.risktreatment.domain;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * The cost of a treatment plan item (ISO/IEC 27001:2022 6.1.3 e: the resources a plan needs) as people type it. One
 * unambiguous rule for every language: a point separates the decimals (at most two), a comma only groups thousands,
 * and then in groups of exactly three digits. So {@code 1200}, {@code 1,200}, {@code 1200.50} and {@code 1,200.50} are
 * accepted; {@code 1,20} (a decimal comma or a mistyped thousand?) and {@code 1.200,50} are refused with the rule, never
 * guessed.
 */
public final class PlanItemCost {

	/** What the field takes, in every message about its format. */
	static final String RULE = "write an amount such as 1200, 1,200 or 1200.50 "
			+ "(a point separates the decimals, a comma only thousands)";

	static final String NEGATIVE = "must not be negative";

	static final String TOO_MANY_DECIMALS = "at most two decimals; " + RULE;

	static final String TOO_LARGE = "must be less than 1,000,000,000,000";

	private static final Pattern AMOUNT = Pattern.compile("(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?");

	private static final BigDecimal LIMIT = new BigDecimal("1000000000000");

	private PlanItemCost() {
	}

	/** Why {@code text} is not a cost, {@code null} when it is one or is empty (no cost given). */
	public static String problem(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String amount = text.strip();
		if (amount.startsWith("-")) {
			return AMOUNT.matcher(amount.substring(1).strip()).matches() ? NEGATIVE : RULE;
		}
		if (!AMOUNT.matcher(amount).matches()) {
			return RULE;
		}
		BigDecimal value = new BigDecimal(amount.replace(",", ""));
		if (value.scale() > 2) {
			return TOO_MANY_DECIMALS;
		}
		return value.compareTo(LIMIT) >= 0 ? TOO_LARGE : null;
	}

	/** The cost {@code text} stands for, {@code null} when empty; only for text without {@link #problem}. */
	public static BigDecimal parse(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String problem = problem(text);
		if (problem != null) {
			throw new IllegalArgumentException(problem);
		}
		return new BigDecimal(text.strip().replace(",", ""));
	}
}
