package dev.ordo.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import com.sun.management.HotSpotDiagnosticMXBean;

import dev.ordo.platform.IdleHeapPolicy.FreeRatios;

class IdleHeapPolicyTest {

	private final AtomicLong now = new AtomicLong(1_000_000_000_000L);

	private final List<String> set = new ArrayList<>();

	private final IdleHeapPolicy policy = new IdleHeapPolicy(Duration.ofSeconds(10), new FreeRatios(40, 70),
			new FreeRatios(10, 30), (name, value) -> set.add(name + "=" + value), now::get);

	@Test
	void startsIdleGrowsAtTheFirstRequestAndShrinksAfterTheIdleTime() throws Exception {
		policy.start();
		try {
			assertThat(policy.idle()).isTrue();
			assertThat(set).containsExactly("MaxHeapFreeRatio=100", "MinHeapFreeRatio=10", "MaxHeapFreeRatio=30");

			set.clear();
			request("/risks");
			assertThat(policy.idle()).isFalse();
			assertThat(set).containsExactly("MaxHeapFreeRatio=100", "MinHeapFreeRatio=40", "MaxHeapFreeRatio=70");

			set.clear();
			now.addAndGet(Duration.ofSeconds(9).toNanos());
			policy.check();
			request("/api/v1/risks");
			now.addAndGet(Duration.ofSeconds(9).toNanos());
			policy.check();
			assertThat(policy.idle()).as("each request restarts the idle time").isFalse();
			assertThat(set).isEmpty();

			now.addAndGet(Duration.ofSeconds(1).toNanos());
			policy.check();
			assertThat(policy.idle()).isTrue();
			assertThat(set).containsExactly("MaxHeapFreeRatio=100", "MinHeapFreeRatio=10", "MaxHeapFreeRatio=30");
		}
		finally {
			policy.stop();
		}
	}

	@Test
	void healthChecksDoNotWakeTheHeap() throws Exception {
		policy.start();
		try {
			set.clear();
			request("/actuator/health");
			assertThat(policy.idle()).isTrue();
			assertThat(set).isEmpty();
		}
		finally {
			policy.stop();
		}
	}

	@Test
	void aJvmThatRefusesTheFlagsLeavesTheHeapAlone() throws Exception {
		var refusing = new IdleHeapPolicy(Duration.ofSeconds(10), new FreeRatios(40, 70), new FreeRatios(10, 30),
				(name, value) -> {
					throw new IllegalArgumentException("not writeable");
				}, now::get);
		refusing.start();
		try {
			assertThat(refusing.idle()).isFalse();
			refusing.used();
			now.addAndGet(Duration.ofMinutes(1).toNanos());
			refusing.check();
			assertThat(refusing.idle()).isFalse();
		}
		finally {
			refusing.stop();
		}
	}

	@Test
	void switchedOffWithAZeroIdleTime() {
		var off = new IdleHeapPolicy(Duration.ZERO, new FreeRatios(40, 70), new FreeRatios(10, 30),
				(name, value) -> set.add(name), now::get);
		off.start();
		off.check();
		assertThat(off.isRunning()).isFalse();
		assertThat(set).isEmpty();
	}

	@Test
	void ratiosAreReadAsMinOverMax() {
		assertThat(FreeRatios.parse("10/30")).isEqualTo(new FreeRatios(10, 30));
		assertThat(FreeRatios.parse(" 40 , 70 ")).isEqualTo(new FreeRatios(40, 70));
		assertThatThrownBy(() -> FreeRatios.parse("70/40")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> FreeRatios.parse("10/130")).isInstanceOf(IllegalArgumentException.class);
	}

	/** The mechanism itself: this JVM takes both ratios while it runs, in the order the policy sets them. */
	@Test
	void theRunningJvmTakesTheRatios() {
		var vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
		String min = vm.getVMOption("MinHeapFreeRatio").getValue();
		String max = vm.getVMOption("MaxHeapFreeRatio").getValue();
		var real = new IdleHeapPolicy(Duration.ofSeconds(10), new FreeRatios(Integer.parseInt(min),
				Integer.parseInt(max)), new FreeRatios(5, 20), IdleHeapPolicy::setVmFlag, now::get);
		real.start();
		try {
			assertThat(real.idle()).isTrue();
			assertThat(vm.getVMOption("MinHeapFreeRatio").getValue()).isEqualTo("5");
			assertThat(vm.getVMOption("MaxHeapFreeRatio").getValue()).isEqualTo("20");
			real.used();
			assertThat(vm.getVMOption("MinHeapFreeRatio").getValue()).isEqualTo(min);
			assertThat(vm.getVMOption("MaxHeapFreeRatio").getValue()).isEqualTo(max);
		}
		finally {
			real.stop();
			vm.setVMOption("MaxHeapFreeRatio", "100");
			vm.setVMOption("MinHeapFreeRatio", min);
			vm.setVMOption("MaxHeapFreeRatio", max);
		}
	}

	private void request(String uri) throws Exception {
		var request = new MockHttpServletRequest("GET", uri);
		policy.doFilter(request, new MockHttpServletResponse(), new MockFilterChain());
	}
}
