package dev.ordo.platform;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import com.sun.management.HotSpotDiagnosticMXBean;

/**
 * Keeps the heap small while nobody uses Ordo and lets it grow under load. After a collection the JVM gives heap
 * back to the operating system when more than {@code MaxHeapFreeRatio} per cent of it is free, and grows it when
 * less than {@code MinHeapFreeRatio} per cent is. Set low for good (10/30), an idle server stays small, but under
 * load the heap is cut back to about 1.4 times the live data after every marking cycle: young collections five times
 * a second and one marking cycle after another, a tenth of the app's CPU and a tenth fewer reads at 64 concurrent
 * readers (docs/performance.md). Both ratios can be changed while the JVM runs, so Ordo sets the low ones when no
 * request has come for {@link #idleAfter} and roomy ones (70/90: a heap of about three times the live data, within
 * {@code -Xmx}) at the next request; the periodic collection the launcher switches on
 * ({@code -XX:G1PeriodicGCInterval}) then gives the memory back. Health checks and other actuator calls do not count
 * as use, so a load balancer's probes keep no heap awake.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class IdleHeapPolicy extends OncePerRequestFilter implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(IdleHeapPolicy.class);

	/** The two free-heap ratios, in per cent, as the JVM takes them. */
	record FreeRatios(int min, int max) {

		static FreeRatios parse(String minMax) {
			String[] parts = minMax.split("[/,]", 2);
			var ratios = new FreeRatios(Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()));
			if (ratios.min < 0 || ratios.max > 100 || ratios.min > ratios.max) {
				throw new IllegalArgumentException("heap free ratios must be min/max with 0 <= min <= max <= 100: "
						+ minMax);
			}
			return ratios;
		}
	}

	/** Where the ratios go: the running JVM's flags, or a test's record of them. */
	interface VmFlags {

		void set(String name, String value);
	}

	private final Duration idleAfter;

	private final FreeRatios busy;

	private final FreeRatios idle;

	private final VmFlags flags;

	private final LongSupplier nanoTime;

	private volatile long lastUse;

	private volatile boolean idleNow;

	private volatile boolean enabled;

	private ScheduledExecutorService checker;

	@Autowired
	IdleHeapPolicy(@Value("${ordo.runtime.idle-heap.after:PT10S}") Duration idleAfter,
			@Value("${ordo.runtime.idle-heap.busy-ratios:70/90}") String busy,
			@Value("${ordo.runtime.idle-heap.idle-ratios:10/30}") String idle) {
		this(idleAfter, FreeRatios.parse(busy), FreeRatios.parse(idle), IdleHeapPolicy::setVmFlag, System::nanoTime);
	}

	IdleHeapPolicy(Duration idleAfter, FreeRatios busy, FreeRatios idle, VmFlags flags, LongSupplier nanoTime) {
		this.idleAfter = idleAfter;
		this.busy = busy;
		this.idle = idle;
		this.flags = flags;
		this.nanoTime = nanoTime;
		this.enabled = !idleAfter.isZero() && !idleAfter.isNegative();
		this.lastUse = nanoTime.getAsLong();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (enabled && !request.getRequestURI().startsWith("/actuator/")) {
			used();
		}
		chain.doFilter(request, response);
	}

	/** A request came: the heap may grow from now on. */
	void used() {
		lastUse = nanoTime.getAsLong();
		if (idleNow) {
			switchTo(false);
		}
	}

	/** Run every few seconds: no request for {@link #idleAfter}, the heap is made small again. */
	void check() {
		if (enabled && !idleNow && nanoTime.getAsLong() - lastUse >= idleAfter.toNanos()) {
			switchTo(true);
		}
	}

	boolean idle() {
		return idleNow;
	}

	private synchronized void switchTo(boolean toIdle) {
		if (idleNow == toIdle || !enabled) {
			return;
		}
		FreeRatios target = toIdle ? idle : busy;
		try {
			// The JVM refuses a minimum above the maximum at every step; through 100 % the order never matters.
			flags.set("MaxHeapFreeRatio", "100");
			flags.set("MinHeapFreeRatio", Integer.toString(target.min()));
			flags.set("MaxHeapFreeRatio", Integer.toString(target.max()));
			idleNow = toIdle;
		}
		catch (RuntimeException e) {
			enabled = false;
			log.info("The heap's free ratios cannot be changed on this JVM ({}); the heap keeps its start-up sizing",
					e.toString());
		}
	}

	static void setVmFlag(String name, String value) {
		ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class).setVMOption(name, value);
	}

	// Starts idle: nobody has used this Ordo yet, and start-up's garbage should not stay committed.
	@Override
	public void start() {
		if (!enabled) {
			return;
		}
		idleNow = false;
		lastUse = nanoTime.getAsLong() - idleAfter.toNanos();
		check();
		if (!enabled) {
			return;
		}
		long period = Math.max(1, Math.min(5, idleAfter.toSeconds()));
		checker = Executors.newSingleThreadScheduledExecutor(task -> {
			Thread thread = new Thread(task, "ordo-idle-heap");
			thread.setDaemon(true);
			return thread;
		});
		checker.scheduleWithFixedDelay(this::check, period, period, TimeUnit.SECONDS);
	}

	@Override
	public void stop() {
		if (checker != null) {
			checker.shutdownNow();
			checker = null;
		}
	}

	@Override
	public boolean isRunning() {
		return checker != null;
	}
}
