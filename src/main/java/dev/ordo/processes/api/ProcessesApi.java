package dev.ordo.processes.api;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.ordo.processes.IsmsProcesses;
import dev.ordo.processes.MemberRef;
import dev.ordo.processes.ProcessCategory;
import dev.ordo.processes.ProcessGraph;
import dev.ordo.processes.ProcessView;
import dev.ordo.processes.TailoringChangeView;
import dev.ordo.processes.TailoringChangeView.Status;
import dev.ordo.processes.TailoringRequest;
import dev.ordo.processes.application.TailoringService;
import dev.ordo.platform.web.ListParameters;
import dev.ordo.platform.web.PageResponse;

/** The ISMS processes of the current organization over the API. */
@RestController
@RequestMapping("/api/v1/processes")
class ProcessesApi {

	private final IsmsProcesses processes;

	private final TailoringService tailoring;

	ProcessesApi(IsmsProcesses processes, TailoringService tailoring) {
		this.processes = processes;
		this.tailoring = tailoring;
	}

	/** A process in the list. */
	record ProcessListItem(String key, String clause, String name, ProcessCategory category, boolean applicable,
			MemberRef owner, int targetLevel) {
	}

	/** The 17 processes in clause order (a fixed list, so not paged). */
	@GetMapping
	List<ProcessListItem> list() {
		return processes.all().stream().map(v -> new ProcessListItem(v.process().key(), v.process().clause(),
				v.process().name(), v.process().category(), v.tailoring().applicable(), v.tailoring().owner(),
				v.tailoring().targetLevel())).toList();
	}

	@GetMapping("/graph")
	ProcessGraph graph() {
		return processes.graph();
	}

	@GetMapping("/{key}")
	ProcessView process(@PathVariable String key) {
		return processes.byKey(key);
	}

	/**
	 * Proposes a new tailoring of the process. It does not take effect at once: the answer is 202 with the proposed
	 * change, which top management approves or rejects.
	 */
	@PutMapping("/{key}/tailoring")
	ResponseEntity<TailoringChangeView> proposeTailoring(@PathVariable String key,
			@RequestBody TailoringRequest request) {
		TailoringChangeView change = tailoring.propose(key, request);
		return ResponseEntity.accepted()
			.location(URI.create("/api/v1/processes/tailoring-changes/" + change.id()))
			.body(change);
	}

	@GetMapping("/{key}/tailoring-changes")
	List<TailoringChangeView> changesOf(@PathVariable String key) {
		return tailoring.changesOf(key);
	}

	@GetMapping("/tailoring-changes")
	PageResponse<TailoringChangeView> changes(@RequestParam(required = false) Status status,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		ListParameters.check(page, size);
		return PageResponse.of(tailoring.changes(status, page, size));
	}

	@GetMapping("/tailoring-changes/{changeId}")
	TailoringChangeView change(@PathVariable UUID changeId) {
		return tailoring.change(changeId);
	}

	/** Top management's decision on a proposed change. */
	record Decision(Boolean approved, String comment) {
	}

	@PostMapping("/tailoring-changes/{changeId}/decision")
	TailoringChangeView decide(@PathVariable UUID changeId, @RequestBody Decision decision) {
		return tailoring.decide(changeId, decision.approved(), decision.comment());
	}
}
