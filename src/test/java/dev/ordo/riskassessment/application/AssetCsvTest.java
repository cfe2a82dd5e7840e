package dev.ordo.riskassessment.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class AssetCsvTest {

	@Test
	void parsesQuotedFieldsWithCommasQuotesAndLineBreaks() {
		var rows = AssetCsv.parse("\uFEFFname,description\r\n\"CRM, hosted\",\"says \"\"hi\"\"\nsecond line\"\nlast,\n");
		assertThat(rows).containsExactly(List.of("name", "description"),
				List.of("CRM, hosted", "says \"hi\"\nsecond line"), List.of("last", ""));
	}

	@Test
	void quotesWhatNeedsItAndDefusesSpreadsheetFormulas() {
		assertThat(AssetCsv.quote("plain")).isEqualTo("plain");
		assertThat(AssetCsv.quote("a,b")).isEqualTo("\"a,b\"");
		assertThat(AssetCsv.quote("=HYPERLINK(1)")).isEqualTo("'=HYPERLINK(1)");
		assertThat(AssetCsv.quote(null)).isEmpty();
	}
}
