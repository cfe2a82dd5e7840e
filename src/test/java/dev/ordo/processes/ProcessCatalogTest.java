package dev.ordo.processes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import dev.ordo.processes.domain.ProcessCatalog;

class ProcessCatalogTest {

	private final ProcessCatalog catalog = new ProcessCatalog();

	@Test
	void hasTheSeventeenProcessesInThreeCategories() {
		assertThat(catalog.processes()).hasSize(17);
		Map<ProcessCategory, Long> counts = catalog.processes().stream()
			.collect(Collectors.groupingBy(ProcessDescription::category, Collectors.counting()));
		assertThat(counts).containsEntry(ProcessCategory.MANAGEMENT, 1L)
			.containsEntry(ProcessCategory.CORE, 12L)
			.containsEntry(ProcessCategory.SUPPORT, 4L);
	}

	@Test
	void everyProcessHasPurposeActivitiesAndFlows() {
		for (ProcessDescription p : catalog.processes()) {
			assertThat(p.purpose()).as(p.clause()).isNotBlank();
			assertThat(p.activities()).as(p.clause()).isNotEmpty();
			assertThat(p.inputs()).as(p.clause()).isNotEmpty();
			assertThat(p.results()).as(p.clause()).isNotEmpty();
			assertThat(p.iso27001()).as(p.clause()).isNotEmpty();
		}
	}

	@Test
	void everyInteractionConnectsKnownProcessesOrParticipants() {
		Set<String> known = catalog.processes().stream().map(ProcessDescription::clause).collect(Collectors.toSet());
		known.addAll(catalog.participants().keySet());
		assertThat(catalog.interactions()).hasSize(58);
		assertThat(catalog.interactions()).allSatisfy(i -> {
			assertThat(known).contains(i.from(), i.to());
			assertThat(i.artefact()).isNotBlank();
		});
	}

	@Test
	void resultsOfOneProcessAreInputsOfTheOther() {
		Map<String, ProcessDescription> byClause = catalog.processes().stream()
			.collect(Collectors.toMap(ProcessDescription::clause, Function.identity()));
		// Risk assessment hands the prioritized risk list to risk treatment, and risk treatment lists it as input.
		assertThat(byClause.get("7.4").results()).anySatisfy(r -> assertThat(r.counterpart()).isEqualTo("7.5"));
		assertThat(byClause.get("7.5").inputs()).anySatisfy(r -> assertThat(r.counterpart()).isEqualTo("7.4"));
	}

	@Test
	void findsProcessesByKeyAndClause() {
		assertThat(catalog.byKey("risk-assessment")).get().extracting(ProcessDescription::clause).isEqualTo("7.4");
		assertThat(catalog.byClause("8.2")).get().extracting(ProcessDescription::key).isEqualTo("records-control");
		assertThat(catalog.byKey("no-such-process")).isEmpty();
	}
}
