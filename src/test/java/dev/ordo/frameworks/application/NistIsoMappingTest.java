package dev.ordo.frameworks.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.ordo.frameworks.OscalSamples;
import dev.ordo.shared.InvalidInput;

class NistIsoMappingTest {

	@Test
	void readsRowsWithQuotedListsAsterisksAndNone() {
		String csv = """
				NIST SP 800-53 CONTROLS,,ISO/IEC 27001 CONTROLS
				,,Note: An asterisk (*) indicates that the ISO/IEC control does not fully satisfy the intent.
				AC-1,Access Control Policy and Procedures,"5.2, 7.5.1, A.5.1.1"
				AC-10,Concurrent Session Control,None
				AC-13,Withdrawn,---
				AC-24,Access Control Decisions,A.9.4.1*
				AC-2(1),"Automated ""Account"" Management",A.9.2.1
				""";
		List<NistIsoMapping.Row> rows = NistIsoMapping.parse(csv);
		assertThat(rows).containsExactly(new NistIsoMapping.Row("ac-1", "5.2", false),
				new NistIsoMapping.Row("ac-1", "7.5.1", false), new NistIsoMapping.Row("ac-1", "A.5.1.1", false),
				new NistIsoMapping.Row("ac-24", "A.9.4.1", true), new NistIsoMapping.Row("ac-2.1", "A.9.2.1", false));
		assertThat(NistIsoMapping.parse("a,b,c\n1,2,3\n")).isEmpty();
	}

	@Test
	void anUnreadableFileIsRefusedForTheFileFieldWithTheLine() {
		String unbalanced = "NIST SP 800-53 CONTROLS,,ISO/IEC 27001 CONTROLS\nAC-1,Policy,5.2\n\nAC-2,\"Account,A.9.2.1\n";
		assertThatThrownBy(() -> NistIsoMapping.parse(unbalanced)).isInstanceOfSatisfying(InvalidInput.class,
				invalid -> assertThat(invalid.fieldErrors()).containsOnlyKeys("file")
					.hasEntrySatisfying("file", m -> assertThat(m).startsWith("is not a readable CSV file")
						.contains("line 4")));
		String textAfterQuote = "a,b,c\nAC-1,\"Policy\" x,5.2\n";
		assertThatThrownBy(() -> NistIsoMapping.parse(textAfterQuote)).isInstanceOfSatisfying(InvalidInput.class,
				invalid -> assertThat(invalid.fieldErrors().get("file")).contains("line 2"));
	}

	@Test
	void readsNistsCrosswalk() throws Exception {
		OscalSamples.requireFixtures();
		List<NistIsoMapping.Row> rows = NistIsoMapping.parse(Files.readString(OscalSamples.MAPPING));
		assertThat(rows).hasSizeGreaterThan(500);
		assertThat(rows.stream().map(NistIsoMapping.Row::nistControlId).distinct().count()).isGreaterThan(150);
		assertThat(rows).contains(new NistIsoMapping.Row("ac-24", "A.9.4.1", true));
	}
}
