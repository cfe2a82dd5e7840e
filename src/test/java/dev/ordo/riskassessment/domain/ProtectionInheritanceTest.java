package dev.ordo.riskassessment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.ordo.riskassessment.domain.ProtectionInheritance.Edge;

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
}
