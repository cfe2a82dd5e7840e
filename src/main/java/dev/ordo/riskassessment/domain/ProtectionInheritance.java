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
 *
 * <p>A change re-derives only what it can reach (ISO/IEC 27001 8.2: the assessment stays current with every edit of
 * a large inventory): {@link #withSupporting} names the assets whose needs may change, {@link #supported} the ones
 * whose own needs the walk for them reads, and {@link #compute(Map, Collection, Collection)} walks for them alone,
 * with the same result as the walk over the whole inventory.
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

	/** An asset's own needs per goal (C, I, A, authenticity), read without loading the entity. */
	public record OwnNeeds(UUID id, int confidentiality, int integrity, int availability, int authenticity) {

		public int[] levels() {
			return new int[] { confidentiality, integrity, availability, authenticity };
		}
	}

	/** Every asset's effective needs, from the own needs of all assets and every dependency. */
	public static Map<UUID, Effective> compute(Map<UUID, int[]> ownNeeds, Collection<Edge> edges) {
		return compute(ownNeeds, edges, ownNeeds.keySet());
	}

	/**
	 * The effective needs of the assets {@code of} only, by the same walk as over the whole graph, so the result for
	 * them is the same: {@code ownNeeds} must hold every asset they support directly or not ({@link #supported}), and
	 * {@code edges} every dependency (their order decides between equally near sources, as in the full walk).
	 */
	public static Map<UUID, Effective> compute(Map<UUID, int[]> ownNeeds, Collection<Edge> edges,
			Collection<UUID> of) {
		Map<UUID, List<UUID>> supports = adjacency(edges, true);
		Map<UUID, Effective> result = new HashMap<>();
		for (UUID asset : of) {
			int[] own = ownNeeds.get(asset);
			if (own == null) {
				continue;
			}
			int[] levels = own.clone();
			UUID[] sources = new UUID[levels.length];
			Set<UUID> visited = new HashSet<>();
			visited.add(asset);
			Deque<UUID> queue = new ArrayDeque<>(supports.getOrDefault(asset, List.of()));
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
			result.put(asset, new Effective(levels, sources));
		}
		return result;
	}

	/**
	 * The assets whose effective needs a change to {@code changed} (own needs, removal, a dependency of theirs added
	 * or removed) can alter: the changed ones and every asset that supports one of them, directly or not. Needs flow
	 * only towards supporting assets, so nothing else can change.
	 */
	public static Set<UUID> withSupporting(Collection<UUID> changed, Collection<Edge> edges) {
		return reach(changed, adjacency(edges, false), true);
	}

	/** Every asset that one of {@code assets} supports, directly or not: what their effective needs are made of. */
	public static Set<UUID> supported(Collection<UUID> assets, Collection<Edge> edges) {
		return reach(assets, adjacency(edges, true), false);
	}

	/** Per asset, what it supports ({@code supports}) or what supports it, in the order of {@code edges}. */
	private static Map<UUID, List<UUID>> adjacency(Collection<Edge> edges, boolean supports) {
		Map<UUID, List<UUID>> next = new HashMap<>();
		for (Edge edge : edges) {
			next.computeIfAbsent(supports ? edge.supportingId() : edge.supportedId(), k -> new ArrayList<>())
				.add(supports ? edge.supportedId() : edge.supportingId());
		}
		return next;
	}

	private static Set<UUID> reach(Collection<UUID> from, Map<UUID, List<UUID>> next, boolean includeStart) {
		Set<UUID> result = new HashSet<>();
		Deque<UUID> queue = new ArrayDeque<>();
		for (UUID start : from) {
			if (includeStart) {
				result.add(start);
			}
			queue.addAll(next.getOrDefault(start, List.of()));
		}
		while (!queue.isEmpty()) {
			UUID id = queue.poll();
			if (result.add(id)) {
				queue.addAll(next.getOrDefault(id, List.of()));
			}
		}
		return result;
	}

	/** Whether adding "supporting supports supported" would close a cycle. */
	public static boolean wouldCycle(UUID supportingId, UUID supportedId, Collection<Edge> edges) {
		// A cycle appears if the supported asset already (transitively) supports the supporting one.
		return supportingId.equals(supportedId) || supported(List.of(supportedId), edges).contains(supportingId);
	}
}
