package dev.ordo.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;


class KeptPerOrganizationTest {

	final AtomicLong now = new AtomicLong();

	final KeptPerOrganization<String, List<Object[]>> kept = new KeptPerOrganization<>(Duration.ofSeconds(30), 100,
			now::get);

	final UUID org = UUID.randomUUID();

	final AtomicInteger counts = new AtomicInteger();

	List<Object[]> count() {
		List<Object[]> rows = new ArrayList<>();
		rows.add(new Object[] { 1, 1, (long) counts.incrementAndGet() });
		return rows;
	}

	long served(UUID organization, String kind) {
		return (long) kept.get(organization, kind, this::count).get(0)[2];
	}

	@Test
	void valuesAreKeptPerOrganizationAndWhatUntilTheOrganizationChanges() {
		assertThat(served(org, "current")).isEqualTo(1);
		assertThat(served(org, "current")).isEqualTo(1);
		assertThat(served(org, "residual")).isEqualTo(2);
		assertThat(served(UUID.randomUUID(), "current")).isEqualTo(3);

		kept.changed(UUID.randomUUID());
		assertThat(served(org, "current")).isEqualTo(1);
		kept.changed(org);
		assertThat(served(org, "current")).isEqualTo(4);
		assertThat(served(org, "residual")).isEqualTo(5);
		assertThat(served(org, "current")).isEqualTo(4);
	}

	@Test
	void valuesReadWhileAChangeWasUnderWayAreNotKept() {
		kept.get(org, "current", () -> {
			kept.changed(org);
			return count();
		});
		assertThat(served(org, "current")).isEqualTo(2);
	}

	@Test
	void aChangeInATransactionOutdatesTheValuesAgainWhenItEnds() {
		TransactionSynchronizationManager.initSynchronization();
		try {
			kept.changed(org);
			// Before the commit is visible a reader counts the old rows and keeps them ...
			assertThat(served(org, "current")).isEqualTo(1);
			assertThat(served(org, "current")).isEqualTo(1);
			TransactionSynchronizationManager.getSynchronizations()
				.forEach(s -> s.afterCompletion(TransactionSynchronization.STATUS_COMMITTED));
		}
		finally {
			TransactionSynchronizationManager.clearSynchronization();
		}
		// ... but not past the end of the transaction.
		assertThat(served(org, "current")).isEqualTo(2);
	}

	@Test
	void keptValuesExpire() {
		assertThat(served(org, "current")).isEqualTo(1);
		now.addAndGet(Duration.ofSeconds(29).toNanos());
		assertThat(served(org, "current")).isEqualTo(1);
		now.addAndGet(Duration.ofSeconds(2).toNanos());
		assertThat(served(org, "current")).isEqualTo(2);
	}
}
