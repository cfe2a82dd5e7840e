package dev.ordo.riskassessment.domain;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Inheritance of protection needs along dependencies, by the maximum rule: an asset needs at least the protection of
 * every asset it supports, directly or through other assets (a server that runs an application that supports a
 * business process needs the process's availability). For each goal the effective need is the highest own need among
 * the asset and everything it supports; the source is the asset that has it (the asset itself on a tie, otherwise
 * the nearest one). The walk keeps a visited set, so cycles in imported or legacy data cannot loop.
 */
public final class ProtectionInheritance {

	private ProtectionInheritance() {
	}

	/** "supporting supports supported". */
	public record Edge(UUID supportingId, UUID supportedId) {
	}

	/** Effective levels per goal (C, I, A, authenticity) and their source ({@code null}: the asset's own). */
	public record Effective(int[] levels, UUID[] sources) {
	}

	public static Map<UUID, Effective> compute(Map<UUID, int[]> ownNeeds, Collection<Edge> edges) {
		Map<UUID, List<UUID>> supports = new HashMap<>();
		for (Edge edge : edges) {
			supports.computeIfAbsent(edge.supportingId(), k -> new ArrayList<>()).add(edge.supportedId());
		}
		Map<UUID, Effective> result = new HashMap<>();
		for (Map.Entry<UUID, int[]> asset : ownNeeds.entrySet()) {
			int[] levels = asset.getValue().clone();
			UUID[] sources = new UUID[levels.length];
			Set<UUID> visited = new HashSet<>();
			visited.add(asset.getKey());
			Deque<UUID> queue = new ArrayDeque<>(supports.getOrDefault(asset.getKey(), List.of()));
			while (!queue.isEmpty()) {
				UUID next = queue.poll();
				if (!visited.add(next)) {
					continue;
				}
				int[] needs = ownNeeds.get(next);
				if (needs != null) {
					for (int g = 0; g < levels.length; g++) {
						if (needs[g] > levels[g]) {
							levels[g] = needs[g];
							sources[g] = next;
						}
					}
				}
				queue.addAll(supports.getOrDefault(next, List.of()));
			}
			result.put(asset.getKey(), new Effective(levels, sources));
		}
		return result;
	}

	/** Whether adding "supporting supports supported" would close a cycle. */
	public static boolean wouldCycle(UUID supportingId, UUID supportedId, Collection<Edge> edges) {
		if (supportingId.equals(supportedId)) {
			return true;
		}
		Map<UUID, List<UUID>> supports = new HashMap<>();
		for (Edge edge : edges) {
			supports.computeIfAbsent(edge.supportingId(), k -> new ArrayList<>()).add(edge.supportedId());
		}
		// A cycle appears if the supported asset already (transitively) supports the supporting one.
		Set<UUID> visited = new HashSet<>();
		Deque<UUID> queue = new ArrayDeque<>(List.of(supportedId));
		while (!queue.isEmpty()) {
			UUID next = queue.poll();
			if (next.equals(supportingId)) {
				return true;
			}
			if (visited.add(next)) {
				queue.addAll(supports.getOrDefault(next, List.of()));
			}
		}
		return false;
	}
}
