package dev.ordo.processes.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.ordo.processes.ProcessCategory;
import dev.ordo.processes.ProcessGraph;
import dev.ordo.processes.ProcessInteraction;
import dev.ordo.processes.domain.ProcessCatalog;

class ProcessMapLayoutTest {

	private final ProcessCatalog catalog = new ProcessCatalog();

	private ProcessGraph graph() {
		List<ProcessGraph.Node> nodes = new java.util.ArrayList<>();
		catalog.processes().forEach(p -> nodes.add(new ProcessGraph.Node(p.clause(), p.key(), p.name(), p.shortName(),
				p.category(), true, null)));
		catalog.participants().forEach((id, name) -> nodes.add(new ProcessGraph.Node(id, null, name, name, null, null,
				null)));
		return new ProcessGraph(nodes, catalog.interactions());
	}

	@Test
	void drawsEveryProcessParticipantAndInteraction() {
		var map = ProcessMapLayout.layout(graph());
		assertThat(map.nodes()).hasSize(17 + catalog.participants().size());
		assertThat(map.edges()).hasSize(catalog.interactions().size());
		assertThat(map.edges()).allSatisfy(e -> assertThat(e.path()).startsWith("M").contains("Q"));
	}

	@Test
	void placesManagementAboveCoreAboveSupportAndNodesDoNotOverlap() {
		var map = ProcessMapLayout.layout(graph());
		int management = map.nodes().stream().filter(n -> n.css().equals("management")).mapToInt(n -> n.y()).max()
			.orElseThrow();
		int coreTop = map.nodes().stream().filter(n -> n.css().equals("core")).mapToInt(n -> n.y()).min().orElseThrow();
		int coreBottom = map.nodes().stream().filter(n -> n.css().equals("core")).mapToInt(n -> n.y()).max()
			.orElseThrow();
		int support = map.nodes().stream().filter(n -> n.css().equals("support")).mapToInt(n -> n.y()).min()
			.orElseThrow();
		assertThat(management).isLessThan(coreTop);
		assertThat(coreBottom).isLessThan(support);
		for (var a : map.nodes()) {
			for (var b : map.nodes()) {
				if (a != b) {
					boolean apart = a.x() + a.width() <= b.x() || b.x() + b.width() <= a.x()
							|| a.y() + a.height() <= b.y() || b.y() + b.height() <= a.y();
					assertThat(apart).as(a.id() + " and " + b.id()).isTrue();
				}
			}
		}
		assertThat(map.nodes()).allSatisfy(n -> {
			assertThat(n.x() + n.width()).isLessThanOrEqualTo(map.width());
			assertThat(n.y() + n.height()).isLessThanOrEqualTo(map.height());
		});
	}

	@Test
	void labelsAreShortButKeepTheFullArtefact() {
		var edge = ProcessMapLayout.layout(new ProcessGraph(List.of(
				new ProcessGraph.Node("7.4", "risk-assessment", "Risk", "Risk assessment", ProcessCategory.CORE, true,
						null),
				new ProcessGraph.Node("7.5", "risk-treatment", "Treat", "Risk treatment", ProcessCategory.CORE, true,
						null)),
				List.of(new ProcessInteraction("7.4", "7.5",
						"prioritised risk list with risk owners; and a very long explanation after it", false))))
			.edges().get(0);
		assertThat(edge.label()).isEqualTo("prioritised risk list with risk owners");
		assertThat(edge.artefact()).endsWith("explanation after it");
		assertThat(ProcessMapLayout.label("a".repeat(60))).hasSizeLessThanOrEqualTo(42).endsWith("…");
	}
}
