package dev.ordo.processes;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.stereotype.Service;

import dev.ordo.processes.application.TailoringService;
import dev.ordo.processes.domain.ProcessCatalog;

/**
 * What other modules may ask about the ISMS processes: the reference model, and how the current organization runs
 * each process (who owns it, whether it applies). Later process modules use it to show their process's owner and to
 * route work to them.
 */
@Service
public class IsmsProcesses {

	private final ProcessCatalog catalog;

	private final TailoringService tailoring;

	IsmsProcesses(ProcessCatalog catalog, TailoringService tailoring) {
		this.catalog = catalog;
		this.tailoring = tailoring;
	}

	/** The 17 processes, in clause order, with the current organization's tailoring. */
	public List<ProcessView> all() {
		return tailoring.processes();
	}

	/** One process with the current organization's tailoring; {@link dev.ordo.shared.NotFound} if the key is unknown. */
	public ProcessView byKey(String key) {
		return tailoring.process(key);
	}

	/**
	 * Who owns the process in the current organization, if anyone: the same person as {@code byKey(key)}'s owner,
	 * read without the rest of the tailoring, for pages that name their process's owner on every view.
	 * {@link dev.ordo.shared.NotFound} if the key is unknown.
	 */
	public Optional<MemberRef> owner(String key) {
		return tailoring.owner(key);
	}

	/** The process map: every process and participant, and every interaction between them. */
	public ProcessGraph graph() {
		Map<String, ProcessView> byClause = all().stream()
			.collect(Collectors.toMap(v -> v.process().clause(), v -> v));
		List<ProcessGraph.Node> nodes = Stream.concat(
				catalog.processes().stream().map(p -> {
					ProcessView view = byClause.get(p.clause());
					return new ProcessGraph.Node(p.clause(), p.key(), p.name(), p.shortName(), p.category(),
							view.tailoring().applicable(), view.tailoring().owner());
				}),
				catalog.participants().entrySet().stream().sorted(Map.Entry.comparingByKey())
					.map(e -> new ProcessGraph.Node(e.getKey(), null, e.getValue(), e.getValue(), null, null, null)))
			.toList();
		return new ProcessGraph(nodes, catalog.interactions());
	}
}
