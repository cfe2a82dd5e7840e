package dev.ordo.riskassessment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.ordo.riskassessment.domain.ProtectionInheritance.Edge;
import dev.ordo.riskassessment.domain.ProtectionInheritance.Effective;

class ProtectionInheritanceTest {

	final UUID process = UUID.randomUUID();

	final UUID app = UUID.randomUUID();

	final UUID server = UUID.randomUUID();

	final UUID other = UUID.randomUUID();

	Map<UUID, int[]> needs() {
		Map<UUID, int[]> own = new HashMap<>();
		own.put(process, new int[] { 3, 2, 4, 1 });
		own.put(app, new int[] { 2, 3, 1, 1 });
		own.put(server, new int[] { 1, 1, 1, 2 });
		own.put(other, new int[] { 4, 1, 1, 1 });
		return own;
	}

	@Test
	void needsFlowFromTheSupportedAssetToWhatSupportsItByTheMaximumRule() {
		// server supports app, app supports process.
		var result = ProtectionInheritance.compute(needs(), List.of(new Edge(server, app), new Edge(app, process)));
		assertThat(result.get(server).levels()).containsExactly(3, 3, 4, 2);
		assertThat(result.get(server).sources()).containsExactly(process, app, process, null);
		assertThat(result.get(app).levels()).containsExactly(3, 3, 4, 1);
		assertThat(result.get(app).sources()).containsExactly(process, null, process, null);
		// The supported asset inherits nothing from what supports it.
		assertThat(result.get(process).levels()).containsExactly(3, 2, 4, 1);
		assertThat(result.get(process).sources()).containsOnlyNulls();
		assertThat(result.get(other).levels()).containsExactly(4, 1, 1, 1);
	}

	@Test
	void onATieTheAssetsOwnNeedWinsAndOtherwiseTheNearestSource() {
		Map<UUID, int[]> own = needs();
		own.put(app, new int[] { 3, 2, 4, 1 });
		var result = ProtectionInheritance.compute(own, List.of(new Edge(server, app), new Edge(app, process)));
		assertThat(result.get(server).sources()[0]).isEqualTo(app);
		assertThat(result.get(app).sources()[0]).isNull();
	}

	@Test
	void cyclesDoNotLoopAndEveryAssetOnTheCycleGetsTheMaximum() {
		var result = ProtectionInheritance.compute(needs(),
				List.of(new Edge(server, app), new Edge(app, process), new Edge(process, server)));
		assertThat(result.get(server).levels()).containsExactly(3, 3, 4, 2);
		assertThat(result.get(process).levels()).containsExactly(3, 3, 4, 2);
		assertThat(result.get(process).sources()[3]).isEqualTo(server);
	}

	@Test
	void aLinkThatClosesACycleIsDetected() {
		List<Edge> edges = List.of(new Edge(server, app), new Edge(app, process));
		assertThat(ProtectionInheritance.wouldCycle(process, server, edges)).isTrue();
		assertThat(ProtectionInheritance.wouldCycle(server, server, edges)).isTrue();
		assertThat(ProtectionInheritance.wouldCycle(server, process, edges)).isFalse();
		assertThat(ProtectionInheritance.wouldCycle(other, server, edges)).isFalse();
	}

	/**
	 * Property (seeded): after each random edit of a random graph, re-deriving only what the edit can reach, with the
	 * own needs of what those assets support, gives every asset what the walk over the whole graph gives.
	 */
	@Test
	void aWalkOverWhatAChangeReachesEqualsTheWalkOverEverything() {
		for (long seed = 1; seed <= 20; seed++) {
			Random random = new Random(seed);
			List<UUID> ids = new ArrayList<>();
			Map<UUID, int[]> own = new HashMap<>();
			for (int i = 0; i < 40; i++) {
				UUID id = new UUID(seed, i);
				ids.add(id);
				own.put(id, randomNeeds(random));
			}
			List<Edge> edges = new ArrayList<>();
			for (int e = 0; e < 60; e++) {
				int a = random.nextInt(ids.size() - 1);
				Edge edge = new Edge(ids.get(a), ids.get(a + 1 + random.nextInt(ids.size() - a - 1)));
				if (!edges.contains(edge)) {
					edges.add(edge);
				}
			}
			Map<UUID, Effective> kept = new HashMap<>(ProtectionInheritance.compute(own, edges));
			for (int edit = 0; edit < 50; edit++) {
				UUID x = ids.get(random.nextInt(ids.size()));
				Set<UUID> changed = new HashSet<>(Set.of(x));
				switch (random.nextInt(4)) {
					case 0 -> own.put(x, randomNeeds(random));
					case 1 -> {
						UUID y = ids.get(random.nextInt(ids.size()));
						Edge edge = new Edge(x, y);
						if (!edges.contains(edge) && !ProtectionInheritance.wouldCycle(x, y, edges)) {
							edges.add(edge);
						}
					}
					case 2 -> edges.removeIf(edge -> edge.supportingId().equals(x) && random.nextBoolean());
					default -> {
						changed = new HashSet<>(edges.stream().filter(edge -> edge.supportedId().equals(x))
							.map(Edge::supportingId).toList());
						edges.removeIf(edge -> edge.supportingId().equals(x) || edge.supportedId().equals(x));
						own.remove(x);
						kept.remove(x);
						ids.remove(x);
					}
				}
				Set<UUID> affected = ProtectionInheritance.withSupporting(changed, edges);
				Set<UUID> read = ProtectionInheritance.supported(affected, edges);
				read.addAll(affected);
				Map<UUID, int[]> partial = new HashMap<>();
				read.forEach(id -> {
					if (own.containsKey(id)) {
						partial.put(id, own.get(id));
					}
				});
				kept.putAll(ProtectionInheritance.compute(partial, edges, affected));
				Map<UUID, Effective> full = ProtectionInheritance.compute(own, edges);
				assertThat(kept.keySet()).isEqualTo(full.keySet());
				for (UUID id : full.keySet()) {
					assertThat(kept.get(id).levels()).as("seed %d edit %d", seed, edit)
						.isEqualTo(full.get(id).levels());
					assertThat(kept.get(id).sources()).as("seed %d edit %d", seed, edit)
						.isEqualTo(full.get(id).sources());
				}
			}
		}
	}

	private static int[] randomNeeds(Random random) {
		return new int[] { 1 + random.nextInt(4), 1 + random.nextInt(4), 1 + random.nextInt(4), 1 + random.nextInt(4) };
	}
}
