package dev.ordo.frameworks.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** A control's statement is stored whole; only one beyond the column's size is shortened, and then says so. */
class CatalogControlTest {

	private static CatalogControl control(String statement) {
		return new CatalogControl(UUID.randomUUID(), 0, "x-1", "X-1", "Probe", "control", null, null, null, 0,
				statement, Map.of(), false);
	}

	@Test
	void aLongStatementIsKeptWhole() {
		String statement = "a. Do this.\n  1. Line " + "x".repeat(8_000);
		assertThat(control(statement).view().statement()).isEqualTo(statement);
	}

	@Test
	void aStatementBeyondTheColumnIsShortenedWithANote() {
		String statement = "y".repeat(CatalogControl.MAX_STATEMENT + 1);
		String stored = control(statement).view().statement();
		assertThat(stored).hasSizeLessThanOrEqualTo(CatalogControl.MAX_STATEMENT)
			.endsWith("(shortened: the statement has " + (CatalogControl.MAX_STATEMENT + 1) + " characters, Ordo keeps "
					+ (CatalogControl.MAX_STATEMENT - 100) + ")");
	}
}
